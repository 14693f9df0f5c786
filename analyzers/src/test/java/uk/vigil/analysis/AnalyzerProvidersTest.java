package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.graphdb.schema.AnalyzerProvider;
import org.junit.jupiter.api.Test;

class AnalyzerProvidersTest {

  @Test
  void serviceLoaderFindsAllSixByName() {
    Map<String, AnalyzerProvider> providers = ServiceLoader.load(AnalyzerProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .collect(Collectors.toMap(AnalyzerProvider::getName, Function.identity(), (a, b) -> a));

    assertThat(providers).containsKeys(VigilAnalyzers.NAME, VigilAnalyzers.NAME_VARIANT, VigilAnalyzers.NAME_INDEX,
        VigilAnalyzers.PLATE, VigilAnalyzers.PHONE, VigilAnalyzers.IDENTIFIER);
    assertThat(providers.get(VigilAnalyzers.NAME).createAnalyzer()).isInstanceOf(NameAnalyzer.class);
    assertThat(providers.get(VigilAnalyzers.NAME_VARIANT).createAnalyzer()).isInstanceOf(NameVariantAnalyzer.class);
    assertThat(providers.get(VigilAnalyzers.NAME_INDEX).createAnalyzer()).isInstanceOf(NameIndexAnalyzer.class);
    assertThat(providers.get(VigilAnalyzers.PLATE).createAnalyzer()).isInstanceOf(PlateAnalyzer.class);
    assertThat(providers.get(VigilAnalyzers.PHONE).createAnalyzer()).isInstanceOf(PhoneAnalyzer.class);
    assertThat(providers.get(VigilAnalyzers.IDENTIFIER).createAnalyzer()).isInstanceOf(IdentifierAnalyzer.class);
    assertThat(providers.values()).filteredOn(p -> p.getName().startsWith("vigil-"))
        .hasSize(6)
        .allSatisfy(p -> assertThat(p.description()).isNotBlank());
  }
}
