package jp.hataraku.reports.internal.export;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Report exports run in the background on one thread of their own; a full queue refuses a new job at once. */
@Configuration(proxyBeanMethods = false)
class ExportJobConfiguration {

    static final String EXECUTOR = "reportExportExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor reportExportExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("report-export-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(8);
        return executor;
    }
}
