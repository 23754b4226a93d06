package jp.hataraku.jobs.internal.io;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The background imports run on a small pool of their own with a bounded queue: a flood of uploads
 * is refused (the batch fails at once) rather than piling up in memory. Because this is an
 * Executor bean, {@code spring.task.execution.mode=force} keeps Boot's own
 * {@code applicationTaskExecutor} for {@code @Async} and the module event listeners.
 */
@Configuration(proxyBeanMethods = false)
class BatchImportConfiguration {

    static final String EXECUTOR = "batchImportExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor batchImportExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("batch-import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(20);
        return executor;
    }
}
