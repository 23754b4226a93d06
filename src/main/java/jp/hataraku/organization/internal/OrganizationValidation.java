package jp.hataraku.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;

import jp.hataraku.organization.CentreNetworks;
import jp.hataraku.organization.ContractorDetails;
import jp.hataraku.organization.LocalGovernmentCode;
import jp.hataraku.organization.MunicipalityDetails;
import jp.hataraku.shared.BankAccount;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.CorporateNumber;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.Parsed;
import jp.hataraku.shared.PhoneNumber;
import jp.hataraku.shared.PostalCode;
import jp.hataraku.shared.RegistrationNumber;
import jp.hataraku.shared.ZenginCharset;
import jp.hataraku.shared.ZenginName;

/** The rules a town's and a contractor's data must meet, as field problems with message codes. */
final class OrganizationValidation {

    static final int NAME_MAX = 100;
    static final int ADDRESS_MAX = 200;
    /** Bank and branch names are 15 characters in a Zengin header (RULES-JP §4). */
    static final int BANK_NAME_MAX = 15;

    /**
     * {@code centreNetworks} empty: leave the town's networks as they are. {@code localGovernmentCode}
     * empty: leave the town's code as it is; holding an empty optional: the town has no code.
     */
    record ValidMunicipality(String name, String nameKana, String prefectureCode, int population,
            Optional<LocalDate> populationAsOf, Optional<CentreNetworks> centreNetworks,
            Optional<Optional<LocalGovernmentCode>> localGovernmentCode) {
    }

    record ValidContractor(String legalName, String legalNameKana, CorporateNumber corporateNumber,
            Optional<RegistrationNumber> registrationNumber, PostalCode postalCode, String address,
            Optional<PhoneNumber> phone, Optional<BankAccount> bank, Optional<String> bankNameKana,
            Optional<String> branchNameKana, Optional<String> requesterCode, boolean extendedCharset,
            List<Long> municipalityIds) {

        ZenginCharset charset() {
            return extendedCharset ? ZenginCharset.EXTENDED : ZenginCharset.STANDARD;
        }
    }

    private OrganizationValidation() {
    }

    /** {@code otherHolder}: the name of another town that already has the code, if any. */
    static Checked<ValidMunicipality> municipality(MunicipalityDetails d,
            Function<LocalGovernmentCode, Optional<String>> otherHolder) {
        List<FieldError> errors = new ArrayList<>();
        String name = required(d.name(), MunicipalityDetails.NAME, "organization.municipality.name", NAME_MAX, errors);
        String kana = kana(d.nameKana(), MunicipalityDetails.NAME_KANA, "organization.municipality.nameKana", errors);
        String prefecture = JapaneseText.nfkc(d.prefectureCode());
        if (!prefecture.matches("0[1-9]|[1-3][0-9]|4[0-7]")) {
            errors.add(error(MunicipalityDetails.PREFECTURE_CODE, "organization.municipality.prefectureCode.invalid"));
        }
        String populationText = JapaneseText.nfkc(d.population()).replace(",", "");
        Integer population = null;
        if (populationText.isEmpty()) {
            errors.add(error(MunicipalityDetails.POPULATION, "organization.municipality.population.empty"));
        } else if (!populationText.matches("[0-9]{1,8}")) {
            errors.add(error(MunicipalityDetails.POPULATION, "organization.municipality.population.format"));
        } else {
            population = Integer.valueOf(populationText);
        }
        Optional<LocalDate> asOf = Optional.empty();
        if (!JapaneseText.nfkc(d.populationAsOf()).isEmpty()) {
            Parsed<LocalDate> date = FlexibleDateParser.parse(d.populationAsOf());
            if (date.isValid()) {
                asOf = date.optional();
            } else {
                errors.add(FieldError.of(MunicipalityDetails.POPULATION_AS_OF, date));
            }
        }
        Optional<CentreNetworks> networks = Optional.empty();
        if (d.centreNetworks() != null) {
            Checked<CentreNetworks> read = CentreNetworks.parse(d.centreNetworks(), MunicipalityDetails.CENTRE_NETWORKS);
            if (read.isValid()) {
                networks = read.optional();
            } else {
                errors.addAll(read.errors());
            }
        }
        Optional<Optional<LocalGovernmentCode>> code = Optional.empty();
        if (d.localGovernmentCode() != null) {
            Optional<LocalGovernmentCode> read = localGovernmentCode(d.localGovernmentCode(), prefecture, errors);
            read.flatMap(otherHolder).ifPresent(town -> errors.add(new FieldError(
                    MunicipalityDetails.LOCAL_GOVERNMENT_CODE, "organization.municipality.localGovernmentCode.taken",
                    List.of(read.get().value(), town))));
            code = Optional.of(read);
        }
        if (!errors.isEmpty()) {
            return Checked.invalid(errors);
        }
        return Checked.valid(new ValidMunicipality(name, kana, prefecture, population, asOf, networks, code));
    }

    /**
     * A typed 全国地方公共団体コード: empty when blank (no code) or refused (an error is added). Six digits
     * must carry the right check digit (the message says which one); five get it added. The first two
     * digits are the prefecture's and must be the town's (checked only when the town's is valid).
     */
    static Optional<LocalGovernmentCode> localGovernmentCode(String typed, String townPrefecture,
            List<FieldError> errors) {
        String field = MunicipalityDetails.LOCAL_GOVERNMENT_CODE;
        String digits = JapaneseText.nfkc(typed).replace("-", "").replace(" ", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        if (!digits.matches("[0-9]{5,6}")) {
            errors.add(error(field, "organization.municipality.localGovernmentCode.format"));
            return Optional.empty();
        }
        String five = digits.substring(0, 5);
        String expected = five + LocalGovernmentCode.checkDigit(five);
        if (digits.length() == 6 && !digits.equals(expected)) {
            errors.add(new FieldError(field, "organization.municipality.localGovernmentCode.checkDigit",
                    List.of(digits, String.valueOf(expected.charAt(5)), expected)));
            return Optional.empty();
        }
        String prefix = expected.substring(0, 2);
        boolean townPrefectureValid = townPrefecture.matches("0[1-9]|[1-3][0-9]|4[0-7]");
        if (townPrefectureValid && !prefix.equals(townPrefecture)) {
            errors.add(new FieldError(field, "organization.municipality.localGovernmentCode.prefecture",
                    List.of(expected, prefix, townPrefecture)));
            return Optional.empty();
        }
        Optional<LocalGovernmentCode> code = LocalGovernmentCode.parse(expected);
        if (code.isEmpty()) {
            // digits and check digit are right: only the prefecture (01-47) can be wrong
            errors.add(new FieldError(field, "organization.municipality.localGovernmentCode.noPrefecture",
                    List.of(prefix)));
        }
        return code;
    }

    static Checked<ValidContractor> contractor(ContractorDetails d, LongPredicate municipalityExists) {
        List<FieldError> errors = new ArrayList<>();
        String name = required(d.legalName(), ContractorDetails.LEGAL_NAME, "organization.contractor.legalName",
                NAME_MAX, errors);
        String kana = kana(d.legalNameKana(), ContractorDetails.LEGAL_NAME_KANA,
                "organization.contractor.legalNameKana", errors);

        Parsed<CorporateNumber> corporate = CorporateNumber.parse(d.corporateNumber());
        if (!corporate.isValid()) {
            errors.add(FieldError.of(ContractorDetails.CORPORATE_NUMBER, corporate));
        }
        Optional<RegistrationNumber> registration = Optional.empty();
        if (!JapaneseText.nfkc(d.registrationNumber()).isEmpty()) {
            Parsed<RegistrationNumber> parsed = RegistrationNumber.parse(d.registrationNumber());
            if (!parsed.isValid()) {
                errors.add(FieldError.of(ContractorDetails.REGISTRATION_NUMBER, parsed));
            } else if (corporate.isValid() && !parsed.get().digits().equals(corporate.get().value())) {
                // A corporation's registration number is T followed by its corporate number.
                errors.add(error(ContractorDetails.REGISTRATION_NUMBER,
                        "organization.contractor.registrationNumber.mismatch"));
            } else {
                registration = parsed.optional();
            }
        }
        Parsed<PostalCode> postal = PostalCode.parse(d.postalCode());
        if (!postal.isValid()) {
            errors.add(FieldError.of(ContractorDetails.POSTAL_CODE, postal));
        }
        String address = required(d.address(), ContractorDetails.ADDRESS, "organization.contractor.address",
                ADDRESS_MAX, errors);
        Optional<PhoneNumber> phone = Optional.empty();
        if (!JapaneseText.nfkc(d.phone()).isEmpty()) {
            Parsed<PhoneNumber> parsed = PhoneNumber.parse(d.phone());
            if (parsed.isValid()) {
                phone = parsed.optional();
            } else {
                errors.add(FieldError.of(ContractorDetails.PHONE, parsed));
            }
        }

        ZenginCharset charset = d.zenginExtendedCharset() ? ZenginCharset.EXTENDED : ZenginCharset.STANDARD;
        Optional<BankAccount> bank = Optional.empty();
        if (d.hasBankAccount()) {
            Checked<BankAccount> account = BankAccount.parse(d.bankCode(), d.branchCode(), d.accountType(),
                    d.accountNumber(), d.accountHolderName(), charset);
            if (account.isValid()) {
                bank = account.optional();
            } else {
                errors.addAll(account.errors());
            }
        }
        Optional<String> bankName = zenginName(d.bankNameKana(), ContractorDetails.BANK_NAME_KANA, charset, errors);
        Optional<String> branchName = zenginName(d.branchNameKana(), ContractorDetails.BRANCH_NAME_KANA, charset,
                errors);
        Optional<String> requester = Optional.empty();
        String requesterText = JapaneseText.nfkc(d.zenginRequesterCode());
        if (!requesterText.isEmpty()) {
            if (requesterText.matches("[0-9]{10}")) {
                requester = Optional.of(requesterText);
            } else {
                errors.add(error(ContractorDetails.ZENGIN_REQUESTER_CODE,
                        "organization.contractor.zenginRequesterCode.format"));
            }
        }
        List<Long> towns = d.municipalityIds().stream().distinct().sorted().toList();
        if (towns.stream().anyMatch(id -> id == null || !municipalityExists.test(id))) {
            errors.add(error(ContractorDetails.MUNICIPALITY_IDS, "organization.contractor.municipalityIds.unknown"));
        }
        if (!errors.isEmpty()) {
            return Checked.invalid(errors);
        }
        return Checked.valid(new ValidContractor(name, kana, corporate.get(), registration, postal.get(), address,
                phone, bank, bankName, branchName, requester, d.zenginExtendedCharset(), towns));
    }

    private static String required(String value, String field, String codePrefix, int max, List<FieldError> errors) {
        String text = JapaneseText.nfkc(value);
        if (text.isEmpty()) {
            errors.add(error(field, codePrefix + ".empty"));
        } else if (text.length() > max) {
            errors.add(new FieldError(field, "organization.tooLong", List.of(String.valueOf(max))));
        }
        return text;
    }

    /** Kana names are stored in full-width katakana or hiragana as typed; kanji are refused. */
    private static String kana(String value, String field, String codePrefix, List<FieldError> errors) {
        String text = required(value, field, codePrefix, NAME_MAX, errors);
        text.codePoints().filter(cp -> !isKanaNameChar(cp)).findFirst().ifPresent(cp -> errors.add(
                new FieldError(field, "organization.kana.invalidChar", List.of(Character.toString(cp)))));
        return text;
    }

    private static boolean isKanaNameChar(int cp) {
        return (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FC) || cp == ' ' || cp == '\u3000'
                || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
                || "()-.&'・".indexOf(cp) >= 0;
    }

    private static Optional<String> zenginName(String value, String field, ZenginCharset charset,
            List<FieldError> errors) {
        if (JapaneseText.nfkc(value).isEmpty()) {
            return Optional.empty();
        }
        Parsed<String> parsed = ZenginName.parse(value, charset, BANK_NAME_MAX);
        if (!parsed.isValid()) {
            errors.add(FieldError.of(field, parsed));
        }
        return parsed.optional();
    }

    private static FieldError error(String field, String code) {
        return new FieldError(field, code, List.of());
    }
}
