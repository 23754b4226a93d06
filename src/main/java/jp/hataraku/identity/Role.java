package jp.hataraku.identity;

/** What a person may do. Some roles are held for a scope: a town, a client or a facility. */
public enum Role {
    SYSTEM_ADMIN(true),
    TOWN_STAFF(true),
    CONTRACTOR_STAFF(true),
    DIRECTOR(true),
    WORKER(false),
    CLIENT_USER(false),
    FACILITY_OPERATOR(false);

    private final boolean staff;

    Role(boolean staff) {
        this.staff = staff;
    }

    /** Staff roles see residents' personal data and must sign in with a second factor. */
    public boolean isStaff() {
        return staff;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
