package jp.hataraku.workers.internal.bank;

/** A branch of a bank in the Zengin directory: 3-digit code, name and Zengin kana (full-width). */
public record Branch(String bankCode, String code, String name, String kana) {
}
