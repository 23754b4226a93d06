package jp.hataraku.clients.internal;

import java.util.Optional;

import jp.hataraku.clients.ClientType;

/** A client's fields as checked from a form or the API. */
record ClientDetails(String name, String nameKana, Optional<String> corporateNumber, ClientType type, String address,
        String note) {
}
