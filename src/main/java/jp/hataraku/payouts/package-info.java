/**
 * Workers' pay: reward lines from approved work and adjustments, the Freelance Act's written terms
 * and payment deadline, monthly closing per contractor with consumption tax and withholding,
 * payment notices, Zengin bulk-transfer files and annual payment records. The package root holds
 * the pure money rules ({@link jp.hataraku.payouts.Withholding},
 * {@link jp.hataraku.payouts.RewardCalculator}, {@link jp.hataraku.payouts.PaymentDeadline}) and
 * the read API other modules use ({@link jp.hataraku.payouts.Payouts}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payouts",
        allowedDependencies = {"identity", "organization", "workers", "jobs", "shared", "platform"})
package jp.hataraku.payouts;
