#include <hikari/core/colour.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

using hikari::Colour;

static_assert(Colour::from_rgb(0x12, 0x34, 0x56).value() == 0x123456);
static_assert(std::is_same_v<hikari::Color, Colour>);

namespace {
// Checks that `call` throws E and that the message mentions `needle`.
template <typename E, typename F>
void expect_error_mentions(F call, const std::string& needle) {
    try {
        call();
        ADD_FAILURE() << "expected an exception mentioning " << needle;
    } catch (const E& e) {
        EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
}
}  // namespace

TEST(Colour, Channels) {
    Colour c{0x7289DA};
    EXPECT_EQ(c.value(), 0x7289DAu);
    EXPECT_EQ(c.r(), 0x72);
    EXPECT_EQ(c.g(), 0x89);
    EXPECT_EQ(c.b(), 0xDA);
    EXPECT_EQ(Colour{}.value(), 0u);
    EXPECT_EQ(Colour{0xFFFFFF}.to_hex(), "#FFFFFF");
}

TEST(Colour, RejectsValuesAbove24Bits) {
    expect_error_mentions<hikari::ValueError>([] { Colour{0x1000000}; }, "0x1000000");
    EXPECT_THROW(Colour{0xFFFFFFFF}, hikari::ValueError);
}

TEST(Colour, FromRgb) {
    EXPECT_EQ(Colour::from_rgb(255, 0, 128).value(), 0xFF0080u);
    EXPECT_EQ(Colour::from_rgb(0, 0, 0).value(), 0u);
    expect_error_mentions<hikari::ValueError>([] { Colour::from_rgb(256, 0, 0); }, "r");
    expect_error_mentions<hikari::ValueError>([] { Colour::from_rgb(0, -1, 0); }, "-1");
    expect_error_mentions<hikari::ValueError>([] { Colour::from_rgb(0, 0, 1000); }, "channel b");
}

TEST(Colour, FromRgbFloat) {
    EXPECT_EQ(Colour::from_rgb_float(1.0, 0.0, 0.5).value(), 0xFF0080u);
    EXPECT_EQ(Colour::from_rgb_float(0.0, 0.0, 0.0).value(), 0u);
    EXPECT_EQ(Colour::from_rgb_float(1.0, 1.0, 1.0).value(), 0xFFFFFFu);
    EXPECT_THROW(Colour::from_rgb_float(1.01, 0, 0), hikari::ValueError);
    EXPECT_THROW(Colour::from_rgb_float(0, -0.01, 0), hikari::ValueError);
    EXPECT_THROW(Colour::from_rgb_float(0, 0, std::nan("")), hikari::ValueError);
    EXPECT_THROW(Colour::from_rgb_float(std::numeric_limits<double>::infinity(), 0, 0),
                 hikari::ValueError);
}

TEST(Colour, ParsesEveryAcceptedForm) {
    EXPECT_EQ(Colour::parse("#7289DA").value(), 0x7289DAu);
    EXPECT_EQ(Colour::parse("#7289da").value(), 0x7289DAu);
    EXPECT_EQ(Colour::parse("7289dA").value(), 0x7289DAu);
    EXPECT_EQ(Colour::parse("0x7289DA").value(), 0x7289DAu);
    EXPECT_EQ(Colour::parse("0X7289da").value(), 0x7289DAu);
    EXPECT_EQ(Colour::parse("#F0a").value(), 0xFF00AAu);
    EXPECT_EQ(Colour::parse("#000").value(), 0u);
    EXPECT_EQ(Colour::parse("#ffffff").value(), 0xFFFFFFu);
}

TEST(Colour, ParseRejectsMalformedInputQuotingIt) {
    for (const char* bad : {"", "#", "0x", "#12345", "#1234567", "12345G", "#GGG", "F0A", "0xF0A",
                            " #FFFFFF", "#FFFFFF ", "##FFFFF", "0x-12345", "+FFFFF", "0xFFFFFFF"}) {
        EXPECT_THROW(Colour::parse(bad), hikari::ParseError) << '"' << bad << '"';
    }
    expect_error_mentions<hikari::ParseError>([] { Colour::parse("#12345Z"); }, "\"#12345Z\"");
    expect_error_mentions<hikari::ParseError>([] { Colour::parse("blue"); }, "\"blue\"");
}

TEST(Colour, ToHexRoundTrips) {
    for (std::uint32_t v : {0x000000u, 0x000001u, 0x0A0B0Cu, 0xABCDEFu, 0xFFFFFFu}) {
        Colour c{v};
        EXPECT_EQ(Colour::parse(c.to_hex()), c);
    }
    EXPECT_EQ(Colour{0x0A0B0C}.to_hex(), "#0A0B0C");
    std::ostringstream out;
    out << Colour{0xABCDEF};
    EXPECT_EQ(out.str(), "#ABCDEF");
}

TEST(Colour, Compares) {
    EXPECT_EQ(Colour{1}, Colour{1});
    EXPECT_NE(Colour{1}, Colour{2});
    EXPECT_LT(Colour{1}, Colour{2});
}
