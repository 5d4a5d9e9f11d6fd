package dev.anaplanshell.sandbox.data;

/** "Workforce Plan": employee-level cost planning with new hires and a salary review. */
final class WorkforcePlanModel {

    static final String ID = "C41A8E2F6B7D4C9A8E3F2B1A0D9C8E7F";
    static final String NAME = "Workforce Plan";

    private static final String EMP = "'DAT01 Employee Details'.";
    private static final String HIRE = "'INP01 New Hires'.";
    private static final String SETTINGS = "'SYS02 Workforce Settings'.";
    private static final String ACCESS = "SYS04 Access Control";

    private WorkforcePlanModel() {
    }

    static ModelBuilder spec() {
        ModelBuilder b = new ModelBuilder(ID, NAME, 2).versions(2)
                .dates("2024-03-11T09:15:27.000+0000", "2025-06-02T11:03:12.000+0000");
        SbRef employees = b.list("Employees", 1450);
        SbRef costCentres = b.list("Cost Centres", 42);
        SbRef grades = b.list("Grades", 12);
        SbRef locations = b.list("Locations", 9);
        SbRef families = b.list("Job Families", 15);
        SbRef positions = b.list("TBH Positions", 120);
        SbRef active = b.listSubset("Active Employees", 1310);
        SbRef pii = b.tag("PII");

        ModuleSpec time = b.module("SYS01 Time Settings");
        time.calc("Month Start", Fmt.DATE, "START()");
        time.calc("Month End", Fmt.DATE, "END()");
        time.calc("Is Actual?", Fmt.BOOLEAN, "Month End <= " + SETTINGS + "Last Payroll Date");

        ModuleSpec settings = b.module("SYS02 Workforce Settings").time("Not Applicable");
        settings.input("Last Payroll Date", Fmt.DATE);
        settings.input("Merit Month", Fmt.MONTH);
        settings.input("Merit Budget %", Fmt.PERCENT).summary("None");
        settings.input("Employer Pension %", Fmt.PERCENT).summary("None");
        settings.input("Social Charges %", Fmt.PERCENT).summary("None");
        settings.input("HR Business Partner", Fmt.EMAIL);

        ModuleSpec bands = b.module("SYS03 Grade Salary Bands").dims(grades).time("Not Applicable");
        bands.input("Band Minimum", Fmt.CURRENCY).summary("None");
        bands.input("Band Maximum", Fmt.CURRENCY).summary("None");
        bands.calc("Band Midpoint", Fmt.CURRENCY, "(Band Minimum + Band Maximum) / 2").summary("None");
        bands.input("Bonus Target %", Fmt.PERCENT).summary("None");

        ModuleSpec access = b.module(ACCESS).dims(employees).time("Not Applicable");
        access.input("Can View Salary?", Fmt.BOOLEAN).notes("Maintained by HR; see the access policy in Confluence.");
        access.calc("Can Edit?", Fmt.BOOLEAN, EMP + "Active? AND Can View Salary?");

        ModuleSpec emp = b.module("DAT01 Employee Details").dims(employees).time("Not Applicable");
        emp.input("Employee Name", Fmt.TEXT).tags(pii);
        emp.input("Email", Fmt.EMAIL).tags(pii);
        emp.input("Cost Centre", Fmt.list(costCentres));
        emp.input("Location", Fmt.list(locations));
        emp.input("Job Family", Fmt.list(families));
        emp.input("Grade", Fmt.list(grades));
        emp.input("Manager", Fmt.list(employees));
        emp.input("Start Date", Fmt.DATE);
        emp.input("End Date", Fmt.DATE);
        emp.calc("Start Month", Fmt.MONTH, "PERIOD(Start Date)");
        emp.calc("End Month", Fmt.MONTH, "IF ISBLANK(End Date) THEN BLANK ELSE PERIOD(End Date)");
        emp.input("Base Salary", Fmt.CURRENCY).tags(pii).readAccess(ACCESS, "Can View Salary?")
                .writeAccess(ACCESS, "Can Edit?");
        emp.input("FTE %", Fmt.PERCENT).summary("None");
        emp.input("Is Contractor?", Fmt.BOOLEAN);
        emp.calc("Active?", Fmt.BOOLEAN, "ISBLANK(End Date) OR End Date > " + SETTINGS + "Last Payroll Date");
        emp.calc("Compa Ratio", Fmt.DECIMAL, "DIVIDE(Base Salary, 'SYS03 Grade Salary Bands'.Band Midpoint"
                + "[LOOKUP: Grade])").summary("None").readAccess(ACCESS, "Can View Salary?");

        ModuleSpec hires = b.module("INP01 New Hires").dims(positions).time("Not Applicable");
        hires.input("Role Title", Fmt.TEXT);
        hires.input("Cost Centre", Fmt.list(costCentres));
        hires.input("Location", Fmt.list(locations));
        hires.input("Grade", Fmt.list(grades));
        hires.input("Planned Start Month", Fmt.MONTH);
        hires.calc("Planned Salary", Fmt.CURRENCY, "'SYS03 Grade Salary Bands'.Band Midpoint[LOOKUP: Grade]");
        hires.input("Salary Override", Fmt.CURRENCY);
        hires.input("Approved?", Fmt.BOOLEAN);
        hires.input("Hiring Manager", Fmt.EMAIL);
        hires.input("Is Contractor?", Fmt.BOOLEAN);

        ModuleSpec review = b.module("INP02 Salary Review").dims(active).time("Not Applicable")
                .version(ModelBuilder.BUDGET);
        review.input("Merit Increase %", Fmt.PERCENT).summary("None").writeAccess(ACCESS, "Can Edit?");
        review.input("Promotion?", Fmt.BOOLEAN);
        review.input("New Grade", Fmt.list(grades));
        review.input("Review Comment", Fmt.TEXT);

        ModuleSpec cost = b.module("CAL01 Employee Costs").dims(employees);
        cost.calc("Employed?", Fmt.BOOLEAN, "ITEM(Time) >= " + EMP + "Start Month AND (ISBLANK(" + EMP + "End Month) "
                + "OR ITEM(Time) <= " + EMP + "End Month)");
        cost.calc("Merit Applied?", Fmt.BOOLEAN, "ITEM(Time) >= " + SETTINGS + "Merit Month");
        cost.calc("Annual Salary", Fmt.CURRENCY, "IF Merit Applied? THEN " + EMP + "Base Salary * (1 + "
                + "'INP02 Salary Review'.Merit Increase %) ELSE " + EMP + "Base Salary").summary("None")
                .readAccess(ACCESS, "Can View Salary?");
        cost.calc("Monthly Salary", Fmt.COST, "IF Employed? THEN Annual Salary / 12 * " + EMP + "FTE % ELSE 0")
                .parent("Total Cost").readAccess(ACCESS, "Can View Salary?");
        cost.calc("Bonus Accrual", Fmt.COST, "Monthly Salary * 'SYS03 Grade Salary Bands'.Bonus Target %[LOOKUP: "
                + EMP + "Grade]").parent("Total Cost");
        cost.calc("Pension", Fmt.COST, "Monthly Salary * " + SETTINGS + "Employer Pension %").parent("Total Cost");
        cost.calc("Social Charges", Fmt.COST, "Monthly Salary * " + SETTINGS + "Social Charges %").parent("Total Cost");
        cost.input("Total Cost", Fmt.COST).summaryParent();
        cost.calc("Permanent Headcount", Fmt.NUMBER, "IF Employed? AND NOT " + EMP + "Is Contractor? THEN 1 ELSE 0");
        cost.calc("Contractor Headcount", Fmt.NUMBER, "IF Employed? AND " + EMP + "Is Contractor? THEN 1 ELSE 0");
        cost.calc("FTE", Fmt.FTE, "IF Employed? THEN " + EMP + "FTE % ELSE 0");

        ModuleSpec tbh = b.module("CAL02 New Hire Costs").dims(positions);
        tbh.calc("Hired?", Fmt.BOOLEAN, HIRE + "Approved? AND ITEM(Time) >= " + HIRE + "Planned Start Month");
        tbh.calc("Salary Used", Fmt.CURRENCY, "IF " + HIRE + "Salary Override > 0 THEN " + HIRE + "Salary Override "
                + "ELSE " + HIRE + "Planned Salary").timeScale("Not Applicable").summary("None");
        tbh.calc("Monthly Cost", Fmt.COST, "IF Hired? THEN Salary Used / 12 * (1 + " + SETTINGS + "Social Charges %) "
                + "ELSE 0");
        tbh.calc("Headcount", Fmt.NUMBER, "IF Hired? THEN 1 ELSE 0");

        String byCc = "[SUM: " + EMP + "Cost Centre]";
        String byHireCc = "[SUM: " + HIRE + "Cost Centre]";
        ModuleSpec cc = b.module("CAL03 Headcount by Cost Centre").dims(costCentres);
        cc.calc("Headcount – Permanent", Fmt.NUMBER, "'CAL01 Employee Costs'.Permanent Headcount" + byCc);
        cc.calc("Headcount – Contractors", Fmt.NUMBER, "'CAL01 Employee Costs'.Contractor Headcount" + byCc);
        cc.calc("New Hires", Fmt.NUMBER, "'CAL02 New Hire Costs'.Headcount" + byHireCc);
        cc.calc("Total Headcount", Fmt.NUMBER, "Headcount – Permanent + Headcount – Contractors + New Hires").total();
        cc.calc("Total Cost", Fmt.COST, "'CAL01 Employee Costs'.Total Cost" + byCc + " + 'CAL02 New Hire Costs'."
                + "Monthly Cost" + byHireCc);
        cc.calc("Average Cost per Head", Fmt.CURRENCY, "DIVIDE(Total Cost, Total Headcount)").summary("Formula");

        String byLocation = "[SUM: " + EMP + "Location]";
        ModuleSpec rep = b.module("REP01 Workforce Summary").dims(locations).time("Quarter");
        rep.calc("Headcount", Fmt.NUMBER, "'CAL01 Employee Costs'.Permanent Headcount" + byLocation);
        rep.calc("Total Cost", Fmt.COST, "'CAL01 Employee Costs'.Total Cost" + byLocation);
        rep.calc("Cost per Head", Fmt.CURRENCY, "DIVIDE(Total Cost, Headcount)").summary("Formula");
        rep.calc("Zürich Office?", Fmt.BOOLEAN, "ITEM(Locations) = Locations.Zürich").timeScale("Not Applicable");

        ModuleSpec payroll = b.module("OUT01 Export – Payroll Feed").dims(employees);
        payroll.calc("Employee ID", Fmt.TEXT, "CODE(ITEM(Employees))").timeScale("Not Applicable");
        payroll.calc("Gross Pay", Fmt.CURRENCY, "'CAL01 Employee Costs'.Monthly Salary").tags(pii)
                .readAccess(ACCESS, "Can View Salary?");
        payroll.calc("Cost Centre Code", Fmt.TEXT, "CODE(" + EMP + "Cost Centre)").timeScale("Not Applicable");
        payroll.calc("Include?", Fmt.BOOLEAN, "'CAL01 Employee Costs'.Employed? AND NOT 'SYS01 Time Settings'.Is Actual?");
        payroll.calc("Pay Date", Fmt.DATE, "'SYS01 Time Settings'.Month End");
        return b;
    }
}
