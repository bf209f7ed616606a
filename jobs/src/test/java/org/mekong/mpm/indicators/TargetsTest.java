package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.problem.Problem;

class TargetsTest {

  @TempDir Path dir;
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();

  private Path file(String json) throws Exception {
    return Files.writeString(dir.resolve("targets.json"), json);
  }

  @Test
  void aNationalTargetReplacesTheDefaultForThatCountryOnly() throws Exception {
    Targets targets = Targets.load(file("{\"THA\": {\"IDN-01\": 10, \"REI-03\": 75.5}, \"VNM\": {}}"));
    Indicator idn01 = catalogue.byId("IDN-01");
    assertThat(targets.targetFor(idn01, "THA")).isEqualTo(10.0);
    assertThat(targets.targetFor(catalogue.byId("REI-03"), "THA")).isEqualTo(75.5);
    assertThat(targets.targetFor(idn01, "VNM")).isEqualTo(14.0);
    assertThat(targets.targetFor(idn01, "KHM")).isEqualTo(14.0);
  }

  @Test
  void theRegionAlwaysGetsTheCatalogueDefault() throws Exception {
    Targets targets = Targets.load(file("{\"THA\": {\"IDN-01\": 10}}"));
    assertThat(targets.targetFor(catalogue.byId("IDN-01"), "ALL")).isEqualTo(14.0);
  }

  @Test
  void aCountryMaySetATargetWhereTheRegionHasNone() throws Exception {
    Targets targets = Targets.load(file("{\"LAO\": {\"IDN-05\": 70}}"));
    assertThat(targets.targetFor(catalogue.byId("IDN-05"), "LAO")).isEqualTo(70.0);
    assertThat(targets.targetFor(catalogue.byId("IDN-05"), "ALL")).isNull();
  }

  @Test
  void withoutAFileEveryRowGetsTheDefault() {
    assertThat(Targets.none().targetFor(catalogue.byId("REI-02"), "MMR")).isEqualTo(90.0);
    assertThat(Targets.none().targetFor(catalogue.byId("VOL-01"), "MMR")).isNull();
  }

  @Test
  void anUnknownIndicatorIsAUsageErrorNamingIt() throws Exception {
    Path f = file("{\"THA\": {\"IDN-99\": 10}}");
    assertThatThrownBy(() -> Targets.load(f)).isInstanceOf(Problem.class)
        .hasMessageContaining("THA.IDN-99").hasMessageNotContaining("\n")
        .extracting(e -> Mpm.exitStatus(((Problem) e).kind())).isEqualTo(Mpm.USAGE);
  }

  @Test
  void anUnknownCountryIsAUsageErrorNamingIt() throws Exception {
    Path f = file("{\"FRA\": {\"IDN-01\": 10}}");
    assertThatThrownBy(() -> Targets.load(f)).isInstanceOf(Problem.class).hasMessageContaining("FRA")
        .extracting(e -> Mpm.exitStatus(((Problem) e).kind())).isEqualTo(Mpm.USAGE);
  }

  @Test
  void theRegionsTargetsCannotBeOverridden() throws Exception {
    Path f = file("{\"ALL\": {\"IDN-01\": 10}}");
    assertThatThrownBy(() -> Targets.load(f)).isInstanceOf(Problem.class).hasMessageContaining("\"ALL\"");
  }

  @Test
  void aNonNumericTargetIsAUsageErrorNamingIt() throws Exception {
    Path f = file("{\"KHM\": {\"RET-05\": \"100\"}}");
    assertThatThrownBy(() -> Targets.load(f)).isInstanceOf(Problem.class)
        .hasMessageContaining("KHM.RET-05").hasMessageContaining("not a number")
        .extracting(e -> Mpm.exitStatus(((Problem) e).kind())).isEqualTo(Mpm.USAGE);
    Path nul = file("{\"KHM\": {\"RET-05\": null}}");
    assertThatThrownBy(() -> Targets.load(nul)).isInstanceOf(Problem.class)
        .hasMessageContaining("KHM.RET-05");
  }

  @Test
  void aPercentTargetAbove100IsRefused() throws Exception {
    Path f = file("{\"KHM\": {\"RET-05\": 101}}");
    assertThatThrownBy(() -> Targets.load(f)).isInstanceOf(Problem.class).hasMessageContaining("KHM.RET-05");
  }

  @Test
  void aCountTakesNoTarget() throws Exception {
    Path f = file("{\"CHN\": {\"VOL-01\": 100}}");
    assertThatThrownBy(() -> Targets.load(f)).isInstanceOf(Problem.class).hasMessageContaining("CHN.VOL-01");
  }

  @Test
  void malformedOrMissingFilesAreUsageErrors() throws Exception {
    Path bad = file("{\"THA\": ");
    assertThatThrownBy(() -> Targets.load(bad)).isInstanceOf(Problem.class)
        .hasMessageNotContaining("\n").extracting(e -> Mpm.exitStatus(((Problem) e).kind())).isEqualTo(Mpm.USAGE);
    assertThatThrownBy(() -> Targets.load(dir.resolve("absent.json"))).isInstanceOf(Problem.class)
        .hasMessageContaining("absent.json");
    Path array = file("[1, 2]");
    assertThatThrownBy(() -> Targets.load(array)).isInstanceOf(Problem.class);
    Path flat = file("{\"THA\": 10}");
    assertThatThrownBy(() -> Targets.load(flat)).isInstanceOf(Problem.class).hasMessageContaining("THA");
  }
}
