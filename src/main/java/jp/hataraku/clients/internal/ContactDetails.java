package jp.hataraku.clients.internal;

/** A contact's fields as checked from a form. */
record ContactDetails(String name, String nameKana, String department, String email, String phone) {
}
