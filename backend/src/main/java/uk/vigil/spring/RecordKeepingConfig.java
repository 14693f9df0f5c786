package uk.vigil.spring;

import java.util.Collection;
import java.util.List;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.config.AbstractNeo4jConfig;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;
import uk.vigil.database.Graph;

/**
 * The one place Spring lives. Spring Data Neo4j maps record-keeping entities (today meetings,
 * with their chairs and the cases on their agendas; the meeting work adds actions and decisions);
 * everything graph-shaped or analytic uses the driver directly.
 * It shares Vigil's driver, so embedded and external databases behave the same.
 */
@Configuration
@EnableNeo4jRepositories(basePackages = "uk.vigil.meeting")
public class RecordKeepingConfig extends AbstractNeo4jConfig {

    @Autowired
    private Graph graph;

    /** Starts the Spring context on an open graph; close it before the graph. */
    public static AnnotationConfigApplicationContext start(Graph graph) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(Graph.class, () -> graph, bd -> bd.setDestroyMethodName(""));
        context.register(RecordKeepingConfig.class);
        context.refresh();
        return context;
    }

    /** Vigil owns the driver's life: Spring must not close it. */
    @Override
    @Bean(destroyMethod = "")
    public Driver driver() {
        return graph.driver();
    }

    @Override
    @Bean
    protected DatabaseSelectionProvider databaseSelectionProvider() {
        return DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(graph.database());
    }

    @Override
    protected Collection<String> getMappingBasePackages() {
        return List.of("uk.vigil.meeting");
    }
}
