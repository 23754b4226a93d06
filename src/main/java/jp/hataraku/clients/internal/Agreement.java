package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jp.hataraku.clients.Clients.AgreementKind;

/** A service contract or NDA between the contractor and a client, for a period (both days included). */
record Agreement(long id, long contractorId, long clientId, AgreementKind kind, LocalDate from, LocalDate to,
        AgreementStatus status, Optional<SignedFile> file) {

    /** The signed copy as uploaded: content address, size and the name it was uploaded under. */
    record SignedFile(String sha256, long size, String name) {
    }

    /** In force on {@code date}: signed, and the date within its period (both ends included). */
    public boolean inForceOn(LocalDate date) {
        return status == AgreementStatus.SIGNED && !date.isBefore(from) && !date.isAfter(to);
    }

    /** Days from {@code today} to the last day (0 on the last day, negative after it). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, to);
    }
}
