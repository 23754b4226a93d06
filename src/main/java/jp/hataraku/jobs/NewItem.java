package jp.hataraku.jobs;

import java.util.Map;
import java.util.Optional;

/** An item to add to a batch: source columns, an optional stored file, an optional gold answer. */
public record NewItem(Map<String, String> source, Optional<TaskView.ItemFile> file,
        Optional<Map<String, String>> goldAnswer) {

    public static NewItem of(Map<String, String> source) {
        return new NewItem(source, Optional.empty(), Optional.empty());
    }

    public static NewItem gold(Map<String, String> source, Map<String, String> answer) {
        return new NewItem(source, Optional.empty(), Optional.of(answer));
    }
}
