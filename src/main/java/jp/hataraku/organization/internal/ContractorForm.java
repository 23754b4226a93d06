package jp.hataraku.organization.internal;

import java.util.ArrayList;
import java.util.List;

import jp.hataraku.organization.ContractorDetails;
import jp.hataraku.organization.Versioned;

/** The contractor form's fields, bound from the request and shown again as typed. */
public class ContractorForm {

    private String legalName = "";
    private String legalNameKana = "";
    private String corporateNumber = "";
    private String registrationNumber = "";
    private String postalCode = "";
    private String address = "";
    private String phone = "";
    private String bankCode = "";
    private String branchCode = "";
    private String accountType = "";
    private String accountNumber = "";
    private String accountHolderName = "";
    private String bankNameKana = "";
    private String branchNameKana = "";
    private String zenginRequesterCode = "";
    private boolean zenginExtendedCharset;
    private List<String> municipalityIds = new ArrayList<>();

    private String version = "0";

    static ContractorForm of(Versioned<ContractorDetails> versioned) {
        ContractorDetails d = versioned.value();
        ContractorForm f = new ContractorForm();
        f.legalName = d.legalName();
        f.legalNameKana = d.legalNameKana();
        f.corporateNumber = d.corporateNumber();
        f.registrationNumber = d.registrationNumber();
        f.postalCode = d.postalCode();
        f.address = d.address();
        f.phone = d.phone();
        f.bankCode = d.bankCode();
        f.branchCode = d.branchCode();
        f.accountType = d.accountType();
        f.accountNumber = d.accountNumber();
        f.accountHolderName = d.accountHolderName();
        f.bankNameKana = d.bankNameKana();
        f.branchNameKana = d.branchNameKana();
        f.zenginRequesterCode = d.zenginRequesterCode();
        f.zenginExtendedCharset = d.zenginExtendedCharset();
        f.municipalityIds = new ArrayList<>(d.municipalityIds().stream().map(String::valueOf).toList());
        f.version = String.valueOf(versioned.version());
        return f;
    }

    /** Ids that are not numbers were not offered by the page; they count as unknown towns (-1). */
    ContractorDetails toDetails() {
        List<Long> ids = municipalityIds == null ? List.of()
                : municipalityIds.stream().map(s -> s != null && s.matches("[0-9]{1,18}") ? Long.valueOf(s) : -1L)
                        .toList();
        return new ContractorDetails(legalName, legalNameKana, corporateNumber, registrationNumber, postalCode, address,
                phone, bankCode, branchCode, accountType, accountNumber, accountHolderName, bankNameKana,
                branchNameKana, zenginRequesterCode, zenginExtendedCharset, ids);
    }

    public String getLegalName() { return legalName; }
    public void setLegalName(String v) { legalName = v; }
    public String getLegalNameKana() { return legalNameKana; }
    public void setLegalNameKana(String v) { legalNameKana = v; }
    public String getCorporateNumber() { return corporateNumber; }
    public void setCorporateNumber(String v) { corporateNumber = v; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String v) { registrationNumber = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getBankCode() { return bankCode; }
    public void setBankCode(String v) { bankCode = v; }
    public String getBranchCode() { return branchCode; }
    public void setBranchCode(String v) { branchCode = v; }
    public String getAccountType() { return accountType; }
    public void setAccountType(String v) { accountType = v; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String v) { accountNumber = v; }
    public String getAccountHolderName() { return accountHolderName; }
    public void setAccountHolderName(String v) { accountHolderName = v; }
    public String getBankNameKana() { return bankNameKana; }
    public void setBankNameKana(String v) { bankNameKana = v; }
    public String getBranchNameKana() { return branchNameKana; }
    public void setBranchNameKana(String v) { branchNameKana = v; }
    public String getZenginRequesterCode() { return zenginRequesterCode; }
    public void setZenginRequesterCode(String v) { zenginRequesterCode = v; }
    public boolean isZenginExtendedCharset() { return zenginExtendedCharset; }
    public void setZenginExtendedCharset(boolean v) { zenginExtendedCharset = v; }
    public List<String> getMunicipalityIds() { return municipalityIds; }
    public void setMunicipalityIds(List<String> v) { municipalityIds = v; }

    /** The version the form was read at; anything unreadable counts as stale. */
    long version() {
        return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
}
