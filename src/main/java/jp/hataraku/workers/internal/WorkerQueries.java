package jp.hataraku.workers.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.internal.WorkerRepository.ListRow;
import jp.hataraku.workers.internal.WorkerRepository.Page;
import jp.hataraku.workers.internal.WorkerRepository.SearchCriteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the staff pages and the API, with the visibility rules applied. */
@Service
@Transactional(readOnly = true)
class WorkerQueries {

    static final int PAGE_SIZE = 20;

    private final WorkerRepository repository;
    private final WorkerAccess access;
    private final Organizations organizations;

    WorkerQueries(WorkerRepository repository, WorkerAccess access, Organizations organizations) {
        this.repository = repository;
        this.access = access;
        this.organizations = organizations;
    }

    Page<ListRow> search(SearchCriteria criteria, int page, int size) {
        WorkerAccess.Scope scope = access.scope();
        return repository.search(criteria, scope.towns(), scope.allTowns(), Math.max(page, 0),
                Math.min(Math.max(size, 1), 100));
    }

    /** The worker if visible; {@link WorkerService.NoSuchWorker} or {@link WorkerAccess.NotVisible} otherwise. */
    Worker visibleWorker(long id) {
        Worker w = repository.find(id).orElseThrow(() -> new WorkerService.NoSuchWorker(id));
        access.check(w.municipalityId());
        return w;
    }

    WorkerDetail detail(long id) {
        Worker w = visibleWorker(id);
        return new WorkerDetail(w, repository.periods(id), repository.history(id), repository.openRequests(id));
    }

    /** The towns the current user may filter by. */
    List<Municipality> visibleTowns() {
        WorkerAccess.Scope scope = access.scope();
        return organizations.municipalities().stream().filter(m -> scope.includes(m.id())).toList();
    }

    Map<Long, String> townNames() {
        return organizations.municipalities().stream()
                .collect(Collectors.toMap(Municipality::id, Municipality::name, (a, b) -> a));
    }
}
