package jp.hataraku.platform;

import jp.hataraku.shared.TokyoClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    TokyoClock tokyoClock() {
        return TokyoClock.system();
    }
}
