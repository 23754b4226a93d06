package jp.hataraku.jobs.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.jobs.Choice;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jsonb shapes of the jobs tables: templates, reward rules and field values (string maps in
 * field order). Written by hand so that the stored shape is fixed, not whatever a record's
 * accessors happen to be.
 */
public final class JobJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() { };

    private JobJson() {
    }

    public static String values(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    public static Map<String, String> values(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(json, VALUES);
    }

    public static String reward(RewardRule rule) {
        ObjectNode node = JSON.createObjectNode();
        node.put("model", rule.model().name());
        node.put("yen", rule.yen());
        return node.toString();
    }

    public static RewardRule reward(String json) {
        JsonNode node = JSON.readTree(json);
        return new RewardRule(PriceModel.valueOf(node.get("model").asString()), node.get("yen").asLong());
    }

    public static String template(TaskTemplate template) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode fields = root.putArray("fields");
        for (TemplateField f : template.fields()) {
            ObjectNode n = fields.addObject();
            n.put("name", f.name());
            n.put("label", f.label());
            n.put("type", f.type().name());
            n.put("required", f.required());
            f.pattern().ifPresent(p -> n.put("pattern", p));
            f.min().ifPresent(m -> n.put("min", m.toPlainString()));
            f.max().ifPresent(m -> n.put("max", m.toPlainString()));
            n.put("digitsOnly", f.digitsOnly());
            n.put("kanaOnly", f.kanaOnly());
            if (!f.help().isEmpty()) {
                n.put("help", f.help());
            }
            if (!f.choices().isEmpty()) {
                ArrayNode choices = n.putArray("choices");
                f.choices().forEach(c -> choices.addObject().put("code", c.code()).put("label", c.label()));
            }
        }
        return root.toString();
    }

    public static TaskTemplate template(String json) {
        JsonNode root = JSON.readTree(json);
        List<TemplateField> fields = new ArrayList<>();
        for (JsonNode n : root.path("fields")) {
            List<Choice> choices = new ArrayList<>();
            for (JsonNode c : n.path("choices")) {
                choices.add(new Choice(c.get("code").asString(), c.get("label").asString()));
            }
            fields.add(new TemplateField(n.get("name").asString(), n.get("label").asString(),
                    FieldType.valueOf(n.get("type").asString()), n.path("required").asBoolean(false),
                    text(n, "pattern"), text(n, "min").map(BigDecimal::new), text(n, "max").map(BigDecimal::new),
                    n.path("digitsOnly").asBoolean(false), n.path("kanaOnly").asBoolean(false), choices,
                    text(n, "help").orElse("")));
        }
        return new TaskTemplate(fields);
    }

    private static Optional<String> text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asString());
    }
}
