package jp.hataraku.payouts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Closings run in the background on one thread of their own; a full queue refuses a new run at once. */
@Configuration(proxyBeanMethods = false)
class ClosingConfiguration {

    static final String EXECUTOR = "closingExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor closingExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("closing-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(10);
        return executor;
    }
}
