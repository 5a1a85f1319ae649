#include <gtest/gtest.h>

#include <numbers>

#include "dermasim/units/quantity.hpp"

using namespace dermasim::units;

TEST(Quantity, ParsesLengthsToMetres) {
  EXPECT_DOUBLE_EQ(parse_quantity("1.5 mm").si, 1.5e-3);
  EXPECT_DOUBLE_EQ(parse_quantity("250um").si, 250e-6);
  EXPECT_DOUBLE_EQ(parse_quantity("25 µm").si, 25e-6);
  EXPECT_DOUBLE_EQ(parse_quantity("2 cm").si, 0.02);
  EXPECT_EQ(parse_quantity("1.5 mm").dimension, dim::length);
}

TEST(Quantity, ParsesTimesFrequenciesAnglesAndCompoundUnits) {
  EXPECT_DOUBLE_EQ(parse_quantity("6 weeks").si, 6 * 7 * 86400.0);
  EXPECT_DOUBLE_EQ(parse_quantity("35 years").si, 35 * 365.25 * 86400.0);
  EXPECT_EQ(parse_quantity("120 Hz").dimension, dim::frequency);
  EXPECT_DOUBLE_EQ(parse_quantity("2 cm/s").si, 0.02);
  EXPECT_EQ(parse_quantity("2 cm/s").dimension, dim::speed);
  EXPECT_NEAR(parse_quantity("90 deg").si, std::numbers::pi / 2, 1e-15);
  // g/m2/h is g m^-2 h^-1: a left-to-right chain of divisions.
  const Quantity tewl = parse_quantity("9.69 g/m2/h");
  EXPECT_NEAR(tewl.si, 9.69e-3 / 3600.0, 1e-18);
  EXPECT_EQ(tewl.dimension, (Dimension{{-2, -1, 1, 0, 0, 0}}));
  EXPECT_EQ(parse_quantity("3 cm^2").dimension, dim::area);
  EXPECT_DOUBLE_EQ(parse_quantity("3 cm^2").si, 3e-4);
  // Rates and densities: "1/h", "1/mm3"; mass concentrations in ng/mL.
  EXPECT_DOUBLE_EQ(parse_quantity("0.5 1/h").si, 0.5 / 3600.0);
  EXPECT_EQ(parse_quantity("0.5 1/h").dimension, dim::frequency);
  EXPECT_NEAR(parse_quantity("2e4 1/mm3").si, 2e13, 1.0);
  EXPECT_NEAR(parse_quantity("17.5 ng/mL").si, 17.5e-6, 1e-18);
}

TEST(Quantity, BareNumbersAreDimensionless) {
  EXPECT_EQ(parse_quantity("0.2").dimension, dim::none);
  EXPECT_DOUBLE_EQ(parse_quantity("20 %").si, 0.2);
}

TEST(Quantity, RejectsUnknownUnitsAndNonNumbers) {
  EXPECT_THROW(parse_quantity("1.5 furlongs"), UnitError);
  EXPECT_THROW(parse_quantity("mm"), UnitError);
  EXPECT_THROW(parse_quantity(""), UnitError);
  EXPECT_THROW(parse_quantity("1.5 mm)"), UnitError);
  EXPECT_THROW(parse_quantity("0.1 mm^-2147483648"), UnitError);  // exponents are bounded
  EXPECT_THROW(parse_quantity("1 mm0"), UnitError);               // a zero power hides a unit
  EXPECT_NE(parse_quantity("1 MiB").dimension, dim::none);        // memory is not a ratio
}

TEST(Quantity, FormattedValuesReadBackToTheSameDouble) {
  for (double si : {1.5e-3, 0.35, 1.0 / 3.0, 20261125.0, 870.2e-6, 26 * 7 * 86400.0}) {
    for (const char* unit : {"mm", "um", "days", "1"}) {
      if (std::string(unit) == "days" && si < 1) continue;
      EXPECT_EQ(parse_quantity(format_quantity(si, unit)).si, si) << si << " " << unit;
    }
  }
}

TEST(Quantity, FormatRoundTripsThroughParse) {
  for (const char* text : {"1.5 mm", "0.25 mm", "350 um", "26 weeks", "110 Hz", "2 cm/s"}) {
    const Quantity q = parse_quantity(text);
    const std::string unit = std::string(text).substr(std::string(text).find(' ') + 1);
    EXPECT_EQ(format_quantity(q.si, unit), text);
  }
}

TEST(Quantity, DimensionNamesAreReadable) {
  EXPECT_EQ(dimension_name(dim::length), "length");
  EXPECT_EQ(dimension_name(dim::frequency), "frequency");
  EXPECT_EQ(dimension_name(Dimension{{-2, -1, 1, 0, 0, 0}}), "L^-2 T^-1 M");
  EXPECT_EQ(dimension_name(parse_quantity("4 GiB").dimension), "memory size");
}
