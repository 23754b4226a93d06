/**
 * Leads, clients, contacts, sales activity, quotes, and the service contracts and NDAs between the
 * contractor and each client. Jobs ask {@link jp.hataraku.clients.Clients#agreementsOn} before a
 * job may open.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients",
        allowedDependencies = {"identity", "organization", "workers", "shared", "platform"})
package jp.hataraku.clients;
