package jp.hataraku.workers;

import java.util.Optional;

/**
 * Who a payment goes to, as a payment record or a transfer report names them: name and kana,
 * postal code and address (as registered), and the invoice registration number when the worker is
 * a registered business. No bank details: those come with {@link Payee}.
 */
public record PayeeDetails(long workerId, long municipalityId, String name, String nameKana, String postalCode,
        String address, Optional<String> invoiceRegistrationNumber) {
}
