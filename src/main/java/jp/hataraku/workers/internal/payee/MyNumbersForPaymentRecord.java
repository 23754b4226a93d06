package jp.hataraku.workers.internal.payee;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.hataraku.workers.PaymentRecordMyNumbers;
import jp.hataraku.workers.internal.mynumber.MyNumberVault;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PaymentRecordMyNumbers} through {@link MyNumberVault#read}, which audits each number read. */
@Service
class MyNumbersForPaymentRecord implements PaymentRecordMyNumbers {

    private final MyNumberVault vault;

    MyNumbersForPaymentRecord(MyNumberVault vault) {
        this.vault = vault;
    }

    @Override
    public boolean stored() {
        return vault.enabled();
    }

    @Override
    @Transactional
    public Map<Long, String> forPaymentRecord(Collection<Long> workerIds, String purpose) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (!vault.enabled()) {
            return out;
        }
        for (long id : workerIds) {
            if (vault.isStored(id)) {
                vault.read(id, purpose).ifPresent(n -> out.put(id, n.digits()));
            }
        }
        return out;
    }
}
