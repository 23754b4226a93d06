package jp.hataraku.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The jsonb shapes of the quality tables: value maps (field order kept) and the results compared. */
final class QualityJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() { };

    private QualityJson() {
    }

    static String values(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    static Map<String, String> values(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, VALUES);
    }

    /** One worker's result as a comparison keeps it. */
    record StoredResult(long taskId, long workerId, Map<String, String> values) { }

    static String results(List<StoredResult> results) {
        ArrayNode array = JSON.createArrayNode();
        for (StoredResult r : results) {
            ObjectNode node = array.addObject();
            node.put("taskId", r.taskId());
            node.put("workerId", r.workerId());
            ObjectNode values = node.putObject("values");
            r.values().forEach(values::put);
        }
        return array.toString();
    }

    static List<StoredResult> results(String json) {
        List<StoredResult> results = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            Map<String, String> values = new LinkedHashMap<>();
            node.get("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
            results.add(new StoredResult(node.get("taskId").asLong(), node.get("workerId").asLong(), values));
        }
        return results;
    }
}
