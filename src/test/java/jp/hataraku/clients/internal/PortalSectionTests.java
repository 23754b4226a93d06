package jp.hataraku.clients.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.clients.Clients.NewClient;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Another module adds a section to the client portal by declaring a PortalSection bean ({@link ClientsMailContext}). */
class PortalSectionTests extends ClientsMailContext {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clients clients;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void a_contributed_section_shows_for_the_client_users_company() throws Exception {
        long client = clients.create(new NewClient(ClientFixtures.contractor(organizations), "株式会社せくしょん", "せくしょん",
                ClientType.IN_TOWN, Optional.empty()));
        mvc.perform(get("/portal").with(ClientFixtures.as(accounts, users, Role.CLIENT_USER, client)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("進行中の業務")))
                .andExpect(content().string(containsString("id=\"test-section-" + client + "\"")))
                .andExpect(content().string(containsString("顧客 " + client + " の業務")));
    }
}
