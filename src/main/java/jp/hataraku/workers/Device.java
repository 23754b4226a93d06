package jp.hataraku.workers;

/** Devices a worker can use. */
public enum Device {
    PC, SMARTPHONE, TABLET
}
