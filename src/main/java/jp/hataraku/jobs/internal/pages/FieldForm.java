package jp.hataraku.jobs.internal.pages;

import java.util.stream.Collectors;

import jp.hataraku.jobs.TemplateField;

/** One field of the template builder as typed. */
public class FieldForm {

    private String name = "";
    private String label = "";
    private String type = "TEXT";
    private boolean required;
    private String help = "";
    private String pattern = "";
    private String min = "";
    private String max = "";
    private boolean digitsOnly;
    private boolean kanaOnly;
    private String choices = "";

    static FieldForm of(TemplateField f) {
        FieldForm form = new FieldForm();
        form.name = f.name();
        form.label = f.label();
        form.type = f.type().name();
        form.required = f.required();
        form.help = f.help();
        form.pattern = f.pattern().orElse("");
        form.min = f.min().map(java.math.BigDecimal::toPlainString).orElse("");
        form.max = f.max().map(java.math.BigDecimal::toPlainString).orElse("");
        form.digitsOnly = f.digitsOnly();
        form.kanaOnly = f.kanaOnly();
        form.choices = f.choices().stream().map(c -> c.code() + "=" + c.label()).collect(Collectors.joining("\n"));
        return form;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    public String getName() { return name; }
    public void setName(String v) { name = s(v); }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = s(v); }
    public String getType() { return type; }
    public void setType(String v) { type = s(v); }
    public boolean isRequired() { return required; }
    public void setRequired(boolean v) { required = v; }
    public String getHelp() { return help; }
    public void setHelp(String v) { help = s(v); }
    public String getPattern() { return pattern; }
    public void setPattern(String v) { pattern = s(v); }
    public String getMin() { return min; }
    public void setMin(String v) { min = s(v); }
    public String getMax() { return max; }
    public void setMax(String v) { max = s(v); }
    public boolean isDigitsOnly() { return digitsOnly; }
    public void setDigitsOnly(boolean v) { digitsOnly = v; }
    public boolean isKanaOnly() { return kanaOnly; }
    public void setKanaOnly(boolean v) { kanaOnly = v; }
    public String getChoices() { return choices; }
    public void setChoices(String v) { choices = s(v); }
}
