#include <hikari/core/banner.hpp>
#include <hikari/core/errors_base.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace hikari;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::Not;

namespace {
BannerOptions with_text(std::string text) {
    BannerOptions options;
    options.text = std::move(text);
    return options;
}
}  // namespace

TEST(BannerVariables, DescribeTheBuild) {
    const auto vars = banner_variables(false);
    EXPECT_THAT(vars.at("hikari_version"), MatchesRegex(R"([0-9]+\.[0-9]+\.[0-9]+.*)"));
    EXPECT_THAT(vars.at("compiler"), HasSubstr(__VERSION__));
    EXPECT_THAT(vars.at("boost_version"), MatchesRegex(R"(1\.[0-9]+(\.[0-9]+)?)"));
    EXPECT_THAT(vars.at("openssl_version"), HasSubstr("OpenSSL"));
    EXPECT_THAT(vars.at("platform"), HasSubstr("Linux"));
    EXPECT_EQ(vars.at("bold"), "");
    EXPECT_EQ(banner_variables(true).at("bold"), "\x1b[1m");
    EXPECT_EQ(banner_variables(true).at("reset"), "\x1b[0m");
}

TEST(RenderBanner, DefaultBannerShowsEveryFact) {
    const auto text = render_banner(BannerOptions{}, false);
    const auto vars = banner_variables(false);
    EXPECT_THAT(text, HasSubstr("hikari-cpp " + vars.at("hikari_version")));
    for (const char* fact : {"compiler", "boost_version", "openssl_version", "platform"}) {
        EXPECT_THAT(text, HasSubstr(vars.at(fact))) << fact;
    }
    EXPECT_THAT(text, Not(HasSubstr("${")));
    EXPECT_THAT(text, Not(HasSubstr("\x1b[")));
}

TEST(RenderBanner, ColourOnlyWhenAsked) {
    EXPECT_THAT(render_banner(BannerOptions{}, true), HasSubstr("\x1b[33m"));
    EXPECT_THAT(render_banner(with_text("${red}x${reset}"), true), "\x1b[31mx\x1b[0m");
    EXPECT_EQ(render_banner(with_text("${red}x${reset}"), false), "x");
}

TEST(RenderBanner, SubstitutesExtraArgs) {
    auto options = with_text("${bot} v${bot_version} on hikari-cpp ${hikari_version}, $$5 $ ok");
    options.extra_args = {{"bot", "Reimu"}, {"bot_version", "2.0"}};
    EXPECT_EQ(
        render_banner(options, false),
        "Reimu v2.0 on hikari-cpp " + banner_variables(false).at("hikari_version") + ", $5 $ ok");
}

TEST(RenderBanner, ValuesAreInsertedVerbatim) {
    auto options = with_text("name: ${name}");
    options.extra_args = {{"name", "${hikari_version} $$ ${nope"}};
    EXPECT_EQ(render_banner(options, false), "name: ${hikari_version} $$ ${nope");
}

TEST(RenderBanner, DisabledBannerIsEmpty) {
    BannerOptions none;
    none.text = std::nullopt;
    EXPECT_EQ(render_banner(none, true), "");
    EXPECT_EQ(render_banner(with_text(""), true), "");
}

TEST(RenderBanner, ExtraArgsCannotReplaceBuiltIns) {
    auto options = with_text("${hikari_version}");
    options.extra_args = {{"hikari_version", "9.9.9"}};
    EXPECT_THROW((void)render_banner(options, false), ValueError);
}

TEST(RenderBanner, RejectsBadExtraArgNames) {
    for (const char* name : {"", "1st", "with space", "dollar$", "brace}"}) {
        auto options = with_text("x");
        options.extra_args = {{name, "v"}};
        EXPECT_THROW((void)render_banner(options, false), ValueError) << name;
    }
}

TEST(RenderBanner, RejectsUnknownVariablesAndUnclosedBraces) {
    try {
        (void)render_banner(with_text("hello ${botname}"), false);
        FAIL() << "unknown variable accepted";
    } catch (const ParseError& e) {
        EXPECT_THAT(e.what(), HasSubstr("botname"));
        EXPECT_THAT(e.what(), HasSubstr("extra_args"));
    }
    EXPECT_THROW((void)render_banner(with_text("oops ${bold"), false), ParseError);
    EXPECT_THROW((void)render_banner(with_text("${}"), false), ParseError);
    // A trailing or lone $ is literal.
    EXPECT_EQ(render_banner(with_text("costs 5$"), false), "costs 5$");
}

TEST(PrintBanner, WritesTheRenderedBannerToStdout) {
    ::setenv("NO_COLOR", "1", 1);
    auto options = with_text("${bot} says hi\n");
    options.extra_args = {{"bot", "Marisa"}};
    ::testing::internal::CaptureStdout();
    print_banner(options);
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "Marisa says hi\n");

    BannerOptions none;
    none.text = std::nullopt;
    ::testing::internal::CaptureStdout();
    print_banner(none);
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "");
    ::unsetenv("NO_COLOR");

    ::setenv("CLICOLOR_FORCE", "1", 1);
    ::testing::internal::CaptureStdout();
    print_banner(with_text("${green}ok${reset}"));
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "\x1b[32mok\x1b[0m");
    ::unsetenv("CLICOLOR_FORCE");
}
