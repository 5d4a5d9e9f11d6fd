package dev.anaplanshell.sandbox.data;

import java.util.List;
import java.util.Map;

/** Hand-made item names (and codes) of the demo lists that are small enough to name, and the hierarchies. */
final class DemoListItems {

    /** name -> {names...}; codes, where given, in {@link #CODES}. */
    static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("Regions", List.of("North America", "Latin America", "UK & Ireland", "DACH", "Nordics",
                    "Southern Europe", "Middle East & Africa", "Asia Pacific")),
            Map.entry("Countries", List.of("United States", "Canada", "Brazil", "Mexico", "Argentina",
                    "United Kingdom", "Ireland", "Germany", "Austria", "Switzerland", "Sweden", "Norway", "Denmark",
                    "Finland", "France", "Spain", "Italy", "Portugal", "United Arab Emirates", "South Africa",
                    "Saudi Arabia", "Japan", "Australia", "Singapore", "India")),
            Map.entry("Product Families", List.of("Laptops", "Desktops", "Monitors", "Tablets", "Phones", "Audio",
                    "Accessories", "Services")),
            Map.entry("Currencies", List.of("USD", "EUR", "GBP", "CHF", "JPY")),
            Map.entry("RAG", List.of("Red", "Amber", "Green")),
            Map.entry("Legal Entities", List.of("Acme Inc.", "Acme Ltd", "Acme GmbH", "Acme SAS", "Acme KK",
                    "Acme Pty Ltd")),
            Map.entry("Asset Classes", List.of("Buildings", "Leasehold Improvements", "Machinery", "IT Hardware",
                    "Software", "Vehicles", "Furniture & Fittings")),
            Map.entry("Stages", List.of("Prospecting", "Qualification", "Discovery", "Proposal", "Negotiation",
                    "Closed Won", "Closed Lost")),
            Map.entry("Forecast Categories", List.of("Pipeline", "Best Case", "Commit", "Closed")));

    static final Map<String, List<String>> CODES = Map.of(
            "Regions", List.of("NAM", "LATAM", "UKI", "DACH", "NORD", "SEU", "MEA", "APAC"),
            "Countries", List.of("US", "CA", "BR", "MX", "AR", "GB", "IE", "DE", "AT", "CH", "SE", "NO", "DK", "FI",
                    "FR", "ES", "IT", "PT", "AE", "ZA", "SA", "JP", "AU", "SG", "IN"),
            "Currencies", List.of("USD", "EUR", "GBP", "CHF", "JPY"));

    /** Region index of each country above. */
    static final int[] COUNTRY_REGION = {0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7};

    /** Lists added to a model on top of its declared ones: name -> size. */
    static final Map<String, Map<String, Integer>> EXTRA_LISTS = Map.of(
            FpaPlanModel.ID, Map.of("Product Families", 8, "Countries", 25),
            FpaPlanDevModel.ID, Map.of("Product Families", 8, "Countries", 25));

    /** child list -> parent list, where both are in the model. */
    static final Map<String, String> PARENTS = Map.of(
            "Countries", "Regions",
            "Products", "Product Families",
            "Sales Reps", "Territories",
            "Employees", "Cost Centres");

    /** subset -> its list. */
    static final Map<String, String> SUBSET_OF = Map.of(
            "Opex Cost Centres", "Cost Centres",
            "Active Products", "Products",
            "EMEA Territories", "Territories",
            "Active Employees", "Employees");

    /** list -> properties (name, format). */
    static final Map<String, List<SbListDef.Property>> PROPERTIES = Map.of(
            "Cost Centres", List.of(new SbListDef.Property("Owner", "TEXT"), new SbListDef.Property("Budget", "NUMBER")),
            "Products", List.of(new SbListDef.Property("Unit Price", "NUMBER"),
                    new SbListDef.Property("Launch Date", "DATE")),
            "Regions", List.of(new SbListDef.Property("Manager", "TEXT")),
            "Countries", List.of(new SbListDef.Property("Currency", "TEXT")),
            "Employees", List.of(new SbListDef.Property("Email", "TEXT"), new SbListDef.Property("Grade", "TEXT")),
            "Volume Items", List.of(new SbListDef.Property("Weight", "NUMBER")));

    static final List<String> NUMBERED = List.of("Product Load Rows");

    private DemoListItems() {
    }
}
