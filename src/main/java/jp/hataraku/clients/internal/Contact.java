package jp.hataraku.clients.internal;

import java.util.Optional;

/** A person at a client company; {@code accountId} is the portal sign-in staff made for them. */
record Contact(long id, long clientId, String name, String nameKana, String department, String email,
        String phone, Optional<Long> accountId) {
}
