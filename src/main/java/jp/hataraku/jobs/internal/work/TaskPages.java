package jp.hataraku.jobs.internal.work;

import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TaskView;

/** Small decisions of the task page, kept out of the template. */
final class TaskPages {

    private TaskPages() {
    }

    /** What the worker works from beside the form. */
    enum Viewer { NONE, IMAGE, PDF, AUDIO, OTHER }

    static boolean editable(TaskView view) {
        return view.status() == TaskStatus.LEASED || view.status() == TaskStatus.RETURNED
                || view.status() == TaskStatus.OPEN && view.kind() == jp.hataraku.jobs.TaskKind.ASSIGNED;
    }

    static Viewer viewer(TaskView view) {
        if (view.file().isEmpty()) {
            return Viewer.NONE;
        }
        String type = view.file().get().mediaType();
        if (type.startsWith("image/")) {
            return Viewer.IMAGE;
        }
        if (type.equals("application/pdf")) {
            return Viewer.PDF;
        }
        if (type.startsWith("audio/")) {
            return Viewer.AUDIO;
        }
        return Viewer.OTHER;
    }
}
