package jp.hataraku.workers.internal.bank;

/** A bank in the Zengin directory: 4-digit code, name and its Zengin kana (full-width). */
public record Bank(String code, String name, String kana) {
}
