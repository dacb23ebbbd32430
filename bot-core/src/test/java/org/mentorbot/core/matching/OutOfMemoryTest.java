package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfMemoryTest {
  @Test
  void namesTheSizeTheHeapNeededAndHowToGiveMoreOnOneLine() {
    String line = OutOfMemory.message("match", 50_000, 10_000);
    assertThat(line)
        .startsWith("match: out of memory matching 50000 mentees with 10000 mentors (heap limit ")
        .contains("this size needs about " + OutOfMemory.neededMb(50_000, 10_000) + " MB")
        .contains("java -Xmx")
        .contains("-jar mentorbot.jar match")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void saysReadingWhenTheSizeIsNotKnownYet() {
    assertThat(OutOfMemory.message("match", 0, 0))
        .startsWith("match: out of memory reading the input files (heap limit ")
        .contains("java -Xmx");
  }

  @Test
  void neededHeapGrowsWithTheRound() {
    assertThat(OutOfMemory.neededMb(50_000, 10_000))
        .isGreaterThan(OutOfMemory.neededMb(10_000, 2_000));
  }
}
