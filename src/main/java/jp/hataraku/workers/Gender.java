package jp.hataraku.workers;

/** 女性 / 男性 / その他 / 回答しない. */
public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
