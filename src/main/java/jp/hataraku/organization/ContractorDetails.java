package jp.hataraku.organization;

import java.util.List;

/**
 * A contractor as an administrator types it: every field as text, so that a refused form can be
 * shown again exactly as typed. {@link Organizations#createContractor} validates it (registration
 * and corporate numbers with their check digit, postal code, bank account with the holder's name in
 * Zengin kana) and answers each field's problem as a message code. The bank fields are all empty
 * (no account) or all filled.
 */
public record ContractorDetails(String legalName, String legalNameKana, String corporateNumber,
        String registrationNumber, String postalCode, String address, String phone,
        String bankCode, String branchCode, String accountType, String accountNumber, String accountHolderName,
        String bankNameKana, String branchNameKana, String zenginRequesterCode, boolean zenginExtendedCharset,
        List<Long> municipalityIds) {

    public ContractorDetails {
        municipalityIds = municipalityIds == null ? List.of() : List.copyOf(municipalityIds);
    }

    /** Field names, as {@link jp.hataraku.shared.FieldError#field()} reports them. */
    public static final String LEGAL_NAME = "legalName";
    public static final String LEGAL_NAME_KANA = "legalNameKana";
    public static final String CORPORATE_NUMBER = "corporateNumber";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String POSTAL_CODE = "postalCode";
    public static final String ADDRESS = "address";
    public static final String PHONE = "phone";
    public static final String BANK_NAME_KANA = "bankNameKana";
    public static final String BRANCH_NAME_KANA = "branchNameKana";
    public static final String ZENGIN_REQUESTER_CODE = "zenginRequesterCode";
    public static final String MUNICIPALITY_IDS = "municipalityIds";

    /** Whether any bank field was filled in. */
    public boolean hasBankAccount() {
        return !(blank(bankCode) && blank(branchCode) && blank(accountType) && blank(accountNumber)
                && blank(accountHolderName));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
