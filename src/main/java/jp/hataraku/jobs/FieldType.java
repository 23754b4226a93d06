package jp.hataraku.jobs;

/** The kinds of field a task template is built from. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    NUMBER,
    DATE,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    CHECKBOX;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
