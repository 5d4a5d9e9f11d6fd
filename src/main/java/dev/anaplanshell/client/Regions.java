package dev.anaplanshell.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Anaplan's regions and their hosts (anaplan-api.md §1): the legacy shared pods all use {@code auth.anaplan.com},
 * {@code api.anaplan.com} and {@code us1a.app.anaplan.com}; the newer ones have hosts of their own.
 */
public final class Regions {

    private static final List<String> SHARED = List.of("us1", "us2", "us5", "us7", "eu1", "eu2", "eu4", "ap1");
    private static final List<String> OWN = List.of("us9", "eu3", "eu5", "gb1", "sg1", "ae1", "in1", "id1", "me1");
    private static final Map<String, Endpoints> REGIONS = new LinkedHashMap<>();

    static {
        SHARED.forEach(r -> REGIONS.put(r, Endpoints.defaults()));
        OWN.forEach(r -> REGIONS.put(r, hosts("https://" + r + ".auth.anaplan.com", "https://" + r + ".api.anaplan.com",
                "https://" + r + ".app.anaplan.com")));
        REGIONS.put("ca1", hosts("https://ca1a.auth.anaplan.com", "https://ca1a.api.anaplan.com",
                "https://ca1a.app.anaplan.com"));
        REGIONS.put("au1", hosts("https://au1a.app2.anaplan.com", "https://au1a.api2.anaplan.com",
                "https://au1a.app2.anaplan.com"));
    }

    private Regions() {
    }

    /** The hosts of a region (case-insensitive), e.g. {@code eu3}. */
    public static Optional<Endpoints> of(String region) {
        return region == null ? Optional.empty() : Optional.ofNullable(REGIONS.get(region.strip().toLowerCase(Locale.ROOT)));
    }

    public static List<String> names() {
        return List.copyOf(REGIONS.keySet());
    }

    private static Endpoints hosts(String auth, String api, String oauth) {
        return new Endpoints(URI.create(auth), URI.create(api), URI.create(oauth));
    }
}
