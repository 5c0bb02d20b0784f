#include <hikari/core/config.hpp>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

using namespace hikari;
using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

// A fake environment for ProxySettings::resolve().
EnvironmentLookup fake_env(std::map<std::string, std::string> vars) {
    return [vars = std::move(vars)](std::string_view name) -> std::optional<std::string> {
        auto it = vars.find(std::string{name});
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
}

const EnvironmentLookup empty_env = fake_env({});

std::string error_of(const auto& action) {
    try {
        action();
    } catch (const ValueError& e) {
        return e.what();
    }
    return "<no ValueError>";
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// HTTPSettings

TEST(HTTPSettings, HasSaneDefaults) {
    HTTPSettings settings;
    EXPECT_EQ(settings.connect_timeout, 10s);
    EXPECT_EQ(settings.read_timeout, 30s);
    EXPECT_EQ(settings.total_timeout, 60s);
    EXPECT_TRUE(settings.verify_ssl);
    EXPECT_TRUE(settings.enable_cleanup_closed);
    EXPECT_EQ(settings.max_redirects, 10);
    EXPECT_FALSE(settings.ca_file.has_value());
    EXPECT_NO_THROW(settings.validate());
}

TEST(HTTPSettings, RejectsZeroAndNegativeTimeouts) {
    HTTPSettings zero;
    zero.connect_timeout = 0ms;
    EXPECT_THAT(error_of([&] { zero.validate(); }), HasSubstr("connect_timeout must be positive"));
    HTTPSettings negative;
    negative.read_timeout = -5s;
    EXPECT_THAT(error_of([&] { negative.validate(); }), HasSubstr("read_timeout"));
    HTTPSettings total;
    total.total_timeout = -1ms;
    EXPECT_THAT(error_of([&] { total.validate(); }), HasSubstr("std::nullopt"));
}

TEST(HTTPSettings, NoLimitIsAllowed) {
    HTTPSettings settings;
    settings.connect_timeout = std::nullopt;
    settings.read_timeout = std::nullopt;
    settings.total_timeout = std::nullopt;
    EXPECT_NO_THROW(settings.validate());
    settings.read_timeout = 5min;  // fine without a total limit
    EXPECT_NO_THROW(settings.validate());
}

TEST(HTTPSettings, PartTimeoutsMustFitInTheTotal) {
    HTTPSettings settings;
    settings.connect_timeout = 2min;
    EXPECT_THAT(error_of([&] { settings.validate(); }), HasSubstr("longer than total_timeout"));
    settings.connect_timeout = 60s;  // equal is fine
    EXPECT_NO_THROW(settings.validate());
    settings.read_timeout = 61s;
    EXPECT_THAT(error_of([&] { settings.validate(); }), HasSubstr("read_timeout"));
}

TEST(HTTPSettings, RejectsNegativeRedirects) {
    HTTPSettings settings;
    settings.max_redirects = 0;
    EXPECT_NO_THROW(settings.validate());
    settings.max_redirects = -1;
    EXPECT_THAT(error_of([&] { settings.validate(); }), HasSubstr("max_redirects"));
}

TEST(HTTPSettings, CaFileMustBeAReadableFile) {
    HTTPSettings settings;
    settings.ca_file = "/nonexistent/ca.pem";
    EXPECT_THAT(error_of([&] { settings.validate(); }), HasSubstr("/nonexistent/ca.pem"));
    settings.ca_file = std::filesystem::temp_directory_path();  // a directory
    EXPECT_THROW(settings.validate(), ValueError);

    const auto path = std::filesystem::temp_directory_path() / "hikari_config_test_ca.pem";
    std::ofstream{path} << "-----BEGIN CERTIFICATE-----\n";
    settings.ca_file = path;
    EXPECT_NO_THROW(settings.validate());
    std::filesystem::remove(path);
}

// ---------------------------------------------------------------------------------------------
// ProxySettings

TEST(ProxySettings, NoUrlMeansNoProxy) {
    ProxySettings settings;
    EXPECT_EQ(settings.resolve(empty_env), std::nullopt);
    EXPECT_EQ(settings.effective_url(empty_env), std::nullopt);
    EXPECT_EQ(settings.authorization_header(empty_env), std::nullopt);
    EXPECT_EQ(settings.describe(empty_env), "no proxy");
    // Without trust_env the environment is ignored.
    EXPECT_EQ(settings.effective_url(fake_env({{"HTTPS_PROXY", "http://p:1"}})), std::nullopt);
}

TEST(ProxySettings, NormalisesTheUrl) {
    ProxySettings settings;
    settings.url = "HTTP://Proxy.Example.com:3128/";
    EXPECT_EQ(settings.effective_url(empty_env), "http://proxy.example.com:3128");
    settings.url = "https://10.0.0.1";
    EXPECT_EQ(settings.effective_url(empty_env), "https://10.0.0.1");
    settings.url = "http://[::1]:8080";
    EXPECT_EQ(settings.effective_url(empty_env), "http://[::1]:8080");
}

TEST(ProxySettings, BuildsABasicAuthorizationHeader) {
    ProxySettings settings;
    settings.url = "http://proxy:3128";
    settings.credentials = ProxyCredentials{"Aladdin", "open sesame"};  // RFC 7617's example
    auto proxy = settings.resolve(empty_env);
    ASSERT_TRUE(proxy.has_value());
    EXPECT_EQ(proxy->authorization, "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    EXPECT_EQ(proxy->headers.at("Proxy-Authorization"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    EXPECT_EQ(settings.authorization_header(empty_env), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
}

TEST(ProxySettings, Base64PadsEveryLength) {
    ProxySettings settings;
    settings.url = "http://proxy:3128";
    settings.credentials = ProxyCredentials{"a", ""};  // "a:" -> 2 bytes
    EXPECT_EQ(settings.authorization_header(empty_env), "Basic YTo=");
    settings.credentials = ProxyCredentials{"a", "b"};  // "a:b" -> 3 bytes
    EXPECT_EQ(settings.authorization_header(empty_env), "Basic YTpi");
    settings.credentials = ProxyCredentials{"ab", "cd"};  // "ab:cd" -> 5 bytes
    EXPECT_EQ(settings.authorization_header(empty_env), "Basic YWI6Y2Q=");
    settings.credentials = ProxyCredentials{"ab", "c"};  // "ab:c" -> 4 bytes
    EXPECT_EQ(settings.authorization_header(empty_env), "Basic YWI6Yw==");
}

TEST(ProxySettings, TakesCredentialsFromTheUrl) {
    ProxySettings settings;
    settings.url = "http://bot%40corp:p%3Ass@proxy:3128";
    auto proxy = settings.resolve(empty_env);
    ASSERT_TRUE(proxy.has_value());
    EXPECT_EQ(proxy->url, "http://proxy:3128");
    // "bot@corp:p:ss"
    EXPECT_EQ(proxy->authorization, "Basic Ym90QGNvcnA6cDpzcw==");
    settings.credentials = ProxyCredentials{"a", "b"};  // explicit credentials win
    EXPECT_EQ(settings.authorization_header(empty_env), "Basic YTpi");
}

TEST(ProxySettings, TrustEnvReadsTheProxyVariablesInOrder) {
    ProxySettings settings;
    settings.trust_env = true;
    EXPECT_EQ(settings.effective_url(empty_env), std::nullopt);
    EXPECT_EQ(settings.effective_url(fake_env({{"http_proxy", "http://d:4"}})), "http://d:4");
    EXPECT_EQ(settings.effective_url(
                  fake_env({{"HTTP_PROXY", "http://c:3"}, {"http_proxy", "http://d:4"}})),
              "http://c:3");
    EXPECT_EQ(settings.effective_url(
                  fake_env({{"https_proxy", "http://b:2"}, {"HTTP_PROXY", "http://c:3"}})),
              "http://b:2");
    EXPECT_EQ(settings.effective_url(
                  fake_env({{"HTTPS_PROXY", "http://a:1"}, {"https_proxy", "http://b:2"}})),
              "http://a:1");
    // Empty variables count as unset; a bare host:port is read as http.
    EXPECT_EQ(settings.effective_url(fake_env({{"HTTPS_PROXY", ""}, {"http_proxy", "squid:3128"}})),
              "http://squid:3128");
    // An explicit URL wins over the environment.
    settings.url = "http://mine:9";
    EXPECT_EQ(settings.effective_url(fake_env({{"HTTPS_PROXY", "http://a:1"}})), "http://mine:9");
}

TEST(ProxySettings, TrustEnvWorksWithTheRealEnvironment) {
    ::setenv("HTTPS_PROXY", "http://user:pw@envproxy:8080", 1);
    ProxySettings settings;
    settings.trust_env = true;
    EXPECT_EQ(settings.effective_url(), "http://envproxy:8080");
    EXPECT_EQ(settings.authorization_header(), "Basic dXNlcjpwdw==");
    ::unsetenv("HTTPS_PROXY");
}

TEST(ProxySettings, RejectsMalformedUrls) {
    for (const char* bad : {
             "",
             "proxy:3128",  // explicit URLs need a scheme
             "socks5://proxy:1080",
             "ftp://proxy",
             "http://",
             "http://:3128",
             "http://proxy:0",
             "http://proxy:65536",
             "http://proxy:12ab",
             "http://proxy:",
             "http://pro xy:3128",
             "http://proxy/path",
             "http://proxy?x=1",
             "http://prox$y:1",
             "http://[::1:80",
             "http://%zz:pw@proxy",
             "http://:pw@proxy",
         }) {
        ProxySettings settings;
        settings.url = bad;
        EXPECT_THROW(settings.validate(empty_env), ValueError) << bad;
    }
}

TEST(ProxySettings, MalformedEnvironmentValuesNameTheVariable) {
    ProxySettings settings;
    settings.trust_env = true;
    const auto what = error_of([&] {
        settings.validate(fake_env({{"HTTPS_PROXY", "socks5://p:1"}}));
    });
    EXPECT_THAT(what, HasSubstr("HTTPS_PROXY"));
    EXPECT_THAT(what, HasSubstr("only http:// and https://"));
}

TEST(ProxySettings, NeverPrintsThePassword) {
    ProxySettings settings;
    settings.url = "http://alice:hunter2@proxy:3128";
    settings.headers = {{"X-Team", "bots"}};
    const auto description = settings.describe(empty_env);
    EXPECT_THAT(description, HasSubstr("http://proxy:3128"));
    EXPECT_THAT(description, HasSubstr("***"));
    EXPECT_THAT(description, HasSubstr("X-Team"));
    EXPECT_THAT(description, Not(HasSubstr("hunter2")));
    EXPECT_THAT(description, Not(HasSubstr("alice")));

    settings.url = "http://alice:hunter2@proxy:99999";  // invalid port
    const auto what = error_of([&] { settings.validate(empty_env); });
    EXPECT_THAT(what, HasSubstr("port"));
    EXPECT_THAT(what, Not(HasSubstr("hunter2")));
}

TEST(ProxySettings, ValidatesCredentialsAndHeaders) {
    ProxySettings settings;
    settings.url = "http://proxy:3128";
    settings.credentials = ProxyCredentials{"a:b", "c"};
    EXPECT_THAT(error_of([&] { settings.validate(empty_env); }), HasSubstr("':'"));
    settings.credentials = ProxyCredentials{"", "c"};
    EXPECT_THROW(settings.validate(empty_env), ValueError);
    settings.credentials = ProxyCredentials{"a", "line\r\nbreak"};
    EXPECT_THROW(settings.validate(empty_env), ValueError);
    settings.credentials = std::nullopt;

    settings.headers = {{"X-Ok", "fine"}};
    EXPECT_NO_THROW(settings.validate(empty_env));
    settings.headers = {{"Bad Name", "x"}};
    EXPECT_THAT(error_of([&] { settings.validate(empty_env); }), HasSubstr("header name"));
    settings.headers = {{"X-Inject", "a\r\nEvil: yes"}};
    EXPECT_THAT(error_of([&] { settings.validate(empty_env); }), HasSubstr("line break"));
    settings.headers = {{"Proxy-Authorization", "Basic eA=="}};
    EXPECT_NO_THROW(settings.validate(empty_env));
    settings.credentials = ProxyCredentials{"a", "b"};
    EXPECT_THAT(error_of([&] { settings.validate(empty_env); }), HasSubstr("keep only one"));
}

// ---------------------------------------------------------------------------------------------
// CacheComponents and CacheSettings

TEST(CacheComponents, CombineLikeABitSet) {
    constexpr auto set = CacheComponents::guilds | CacheComponents::members;
    static_assert(has(set, CacheComponents::guilds));
    static_assert(!has(set, CacheComponents::roles));
    static_assert(has(set, CacheComponents::none));
    static_assert(has(CacheComponents::all, CacheComponents::guild_threads));
    static_assert((~CacheComponents::all) == CacheComponents::none);
    static_assert((~set & set) == CacheComponents::none);
    static_assert(((~set | set)) == CacheComponents::all);
    auto mutable_set = CacheComponents::none;
    mutable_set |= CacheComponents::messages;
    mutable_set |= CacheComponents::me;
    mutable_set &= CacheComponents::messages;
    EXPECT_EQ(mutable_set, CacheComponents::messages);
}

TEST(CacheComponents, EveryComponentHasItsOwnBit) {
    const CacheComponents each[] = {
        CacheComponents::guilds,         CacheComponents::guild_channels,
        CacheComponents::members,        CacheComponents::roles,
        CacheComponents::invites,        CacheComponents::emojis,
        CacheComponents::presences,      CacheComponents::voice_states,
        CacheComponents::messages,       CacheComponents::me,
        CacheComponents::dm_channel_ids, CacheComponents::stickers,
        CacheComponents::guild_threads,
    };
    auto combined = CacheComponents::none;
    for (auto c : each) {
        EXPECT_FALSE(has(combined, c));
        combined |= c;
    }
    EXPECT_EQ(combined, CacheComponents::all);
}

TEST(CacheComponents, FormatsNames) {
    EXPECT_EQ(to_string(CacheComponents::none), "NONE");
    EXPECT_EQ(to_string(CacheComponents::all), "ALL");
    EXPECT_EQ(to_string(CacheComponents::members | CacheComponents::guilds), "GUILDS | MEMBERS");
    EXPECT_EQ(to_string(CacheComponents::stickers), "STICKERS");
    EXPECT_EQ(to_string(static_cast<CacheComponents>(0x10000U | 1U)), "GUILDS | 0x10000");
}

TEST(CacheComponents, ParsesNames) {
    EXPECT_EQ(parse_cache_components("GUILDS | members"),
              CacheComponents::guilds | CacheComponents::members);
    EXPECT_EQ(parse_cache_components("ALL"), CacheComponents::all);
    EXPECT_EQ(parse_cache_components(" none "), CacheComponents::none);
    EXPECT_EQ(parse_cache_components("GUILD_STICKERS"), CacheComponents::stickers);
    EXPECT_EQ(parse_cache_components("dm_channel_ids|ME"),
              CacheComponents::dm_channel_ids | CacheComponents::me);
    for (auto value : {CacheComponents::none, CacheComponents::all,
                       CacheComponents::roles | CacheComponents::guild_threads}) {
        EXPECT_EQ(parse_cache_components(to_string(value)), value);
    }
}

TEST(CacheComponents, RejectsUnknownNames) {
    try {
        (void)parse_cache_components("GUILDS | CHANNELS");
        FAIL() << "accepted CHANNELS";
    } catch (const ParseError& e) {
        EXPECT_THAT(e.what(), HasSubstr("\"CHANNELS\""));
        EXPECT_THAT(e.what(), HasSubstr("GUILD_CHANNELS"));
    }
    EXPECT_THROW((void)parse_cache_components(""), ParseError);
    EXPECT_THROW((void)parse_cache_components("GUILDS |"), ParseError);
    EXPECT_THROW((void)parse_cache_components("GUILDS,MEMBERS"), ParseError);
}

TEST(CacheSettings, HasHikarisDefaults) {
    CacheSettings settings;
    EXPECT_EQ(settings.components, CacheComponents::all);
    EXPECT_EQ(settings.max_messages, 300);
    EXPECT_EQ(settings.max_dm_channel_ids, 50);
    EXPECT_FALSE(settings.only_my_member);
    EXPECT_NO_THROW(settings.validate());
}

TEST(CacheSettings, RejectsBadValues) {
    CacheSettings settings;
    settings.max_messages = -1;
    EXPECT_THAT(error_of([&] { settings.validate(); }), HasSubstr("max_messages"));
    settings.max_messages = 0;
    EXPECT_NO_THROW(settings.validate());
    settings.max_dm_channel_ids = -50;
    EXPECT_THAT(error_of([&] { settings.validate(); }), HasSubstr("max_dm_channel_ids"));
    settings.max_dm_channel_ids = 0;
    settings.components = static_cast<CacheComponents>(1U << 20U);
    EXPECT_THAT(error_of([&] { settings.validate(); }), HasSubstr("unknown bits"));
}

TEST(CacheComponents, FormatsWithFmt) {
    EXPECT_EQ(fmt::format("{}", CacheComponents::guilds | CacheComponents::roles),
              "GUILDS | ROLES");
    EXPECT_EQ(fmt::format("[{}]", CacheComponents::none), "[NONE]");
    EXPECT_THROW((void)fmt::format(fmt::runtime("{:>6}"), CacheComponents::me), fmt::format_error);
}
