/**
 * Billing clients: qualified invoices (適格請求書) per job or per month with tax by rate rounded once
 * per rate, gap-free invoice numbers per contractor and fiscal year, return invoices, receivables
 * and the overdue list. The invoice arithmetic (tax once per rate per invoice) is
 * {@link jp.hataraku.shared.InvoiceTax}, shared with the quotes of the clients module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing",
        allowedDependencies = {"identity", "organization", "clients", "jobs", "shared", "platform"})
package jp.hataraku.billing;
