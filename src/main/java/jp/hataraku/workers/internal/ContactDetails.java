package jp.hataraku.workers.internal;

/**
 * The contact details the application form and the profile form both ask for, read and checked in
 * one place. A value is null when its field was rejected; use the record only when the errors are empty.
 */
record ContactDetails(String postalCode, String address, String phone) {

    /** The form fields, by their names on the page. */
    interface Fields {
        String getPostalCode();

        String getAddress();

        String getPhone();
    }

    /** Reads the fields, rejecting into {@code errors} in page order: postal code, address, phone. */
    static ContactDetails read(Fields f, FormErrors errors) {
        String postal = Parse.postalCode(f.getPostalCode());
        if (Parse.text(f.getPostalCode()).isEmpty()) {
            errors.reject("postalCode", "workers.error.required");
        } else if (postal == null) {
            errors.reject("postalCode", "workers.error.postalCode");
        }
        String address = Parse.text(f.getAddress());
        if (address.isEmpty()) {
            errors.reject("address", "workers.error.required");
        }
        String phone = Parse.phone(f.getPhone());
        if (Parse.text(f.getPhone()).isEmpty()) {
            errors.reject("phone", "workers.error.required");
        } else if (phone == null) {
            errors.reject("phone", "workers.error.phone");
        }
        return new ContactDetails(postal, address, phone);
    }
}
