#include <hikari/core/token.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

using hikari::Token;
using hikari::TokenType;

namespace {

// Shaped like a real bot token, but not one.
constexpr const char* secret = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";

bool leaks(const std::string& text) {
    return text.find("MTk4NjIy") != std::string::npos;
}

// Sets an environment variable for one test and restores the previous state after it.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value) {
            ::setenv(name, value, 1);
        } else {
            ::unsetenv(name);
        }
    }
    ~ScopedEnv() {
        if (old_) {
            ::setenv(name_, old_->c_str(), 1);
        } else {
            ::unsetenv(name_);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST(Token, AcceptsBareAndPrefixedBotTokens) {
    Token bare{secret};
    Token prefixed{std::string("Bot ") + secret};
    Token lower{std::string("bot ") + secret};
    for (const Token* t : {&bare, &prefixed, &lower}) {
        EXPECT_EQ(t->type(), TokenType::bot);
        EXPECT_EQ(t->reveal(), secret);
        EXPECT_EQ(t->authorization(), std::string("Bot ") + secret);
    }
    EXPECT_EQ(bare, prefixed);
    EXPECT_EQ(Token::bot(secret), bare);
    EXPECT_EQ(Token::bot(std::string("Bot ") + secret), bare);
}

TEST(Token, BearerTokens) {
    Token t{"Bearer 6qrZcUqja7812RVdnEKjpzOL4CvHBFG"};
    EXPECT_EQ(t.type(), TokenType::bearer);
    EXPECT_EQ(t.reveal(), "6qrZcUqja7812RVdnEKjpzOL4CvHBFG");
    EXPECT_EQ(t.authorization(), "Bearer 6qrZcUqja7812RVdnEKjpzOL4CvHBFG");
    EXPECT_EQ(Token::bearer("6qrZcUqja7812RVdnEKjpzOL4CvHBFG"), t);
    EXPECT_EQ(Token::bearer("bearer 6qrZcUqja7812RVdnEKjpzOL4CvHBFG"), t);
    // Same secret, different kind: not the same credential.
    EXPECT_FALSE(Token::bot("6qrZcUqja7812RVdnEKjpzOL4CvHBFG") == t);
}

TEST(Token, Equality) {
    EXPECT_EQ(Token{"abc"}, Token{"abc"});
    EXPECT_FALSE(Token{"abc"} == Token{"abd"});
    EXPECT_FALSE(Token{"abc"} == Token{"abcd"});
}

TEST(Token, RejectsBadTokensWithoutQuotingThem) {
    for (std::string bad :
         {std::string{}, std::string("   "), std::string("Bot "), std::string(secret) + "\n",
          std::string(secret) + " ", " " + std::string(secret), std::string("Bot  ") + secret,
          std::string("MTk4NjIy\tabc"), std::string("MTk4NjIy\r\nabc"), std::string("MTk4NjIy\x7f"),
          std::string("MTk4NjIy\xc3\xa9"), std::string("MTk4NjIy\0abc", 12), std::string("Bearer "),
          std::string("Bearer Bot ") + secret}) {
        try {
            Token t{bad};
            ADD_FAILURE() << "accepted a bad token of " << bad.size() << " bytes";
        } catch (const hikari::ValueError& e) {
            EXPECT_FALSE(leaks(e.what())) << e.what();
        }
    }
    EXPECT_THROW(Token::bot(""), hikari::ValueError);
    EXPECT_THROW(Token::bearer(""), hikari::ValueError);
    EXPECT_THROW(Token::bot(std::string("Bearer ") + secret), hikari::ValueError);
}

TEST(Token, EveryPrintingPathIsRedacted) {
    Token bot{secret};
    Token bearer = Token::bearer(secret);

    EXPECT_EQ(bot.to_string(), "<redacted bot token>");
    EXPECT_EQ(bearer.to_string(), "<redacted bearer token>");

    std::ostringstream out;
    out << bot << ' ' << bearer;
    EXPECT_EQ(out.str(), "<redacted bot token> <redacted bearer token>");

    EXPECT_EQ(fmt::format("{}", bot), "<redacted bot token>");
    EXPECT_EQ(fmt::format("[{:>22}]", bot), "[  <redacted bot token>]");
    // What GoogleTest prints when an assertion on tokens fails.
    EXPECT_FALSE(leaks(testing::PrintToString(bot)));
    EXPECT_FALSE(leaks(testing::PrintToString(std::optional<Token>{bot})));
}

TEST(Token, CopiesAndMovesKeepTheSecret) {
    Token a{secret};
    Token b = a;
    Token c = std::move(a);
    EXPECT_EQ(b.reveal(), secret);
    EXPECT_EQ(c.reveal(), secret);
    Token d{"other"};
    d = c;
    EXPECT_EQ(d.reveal(), secret);
}

TEST(Token, Redact) {
    Token t{secret};
    std::string trace = std::string("GET /gateway\nAuthorization: Bot ") + secret +
                        "\nretry with " + secret + secret + " done";
    std::string clean = hikari::redact(trace, t);
    EXPECT_EQ(clean, "GET /gateway\nAuthorization: Bot ***\nretry with ****** done");
    EXPECT_FALSE(leaks(clean));
    EXPECT_EQ(hikari::redact("nothing here", t), "nothing here");
    EXPECT_EQ(hikari::redact("", t), "");
    EXPECT_EQ(hikari::redact(secret, t), "***");
}

TEST(Token, RedactDoesNotRescanItsReplacement) {
    // A secret made of '*' must not make redact() loop or re-match its own mask.
    Token stars{"**"};
    EXPECT_EQ(hikari::redact("a**b****c", stars), "a***b******c");
}

TEST(Token, EnvToken) {
    {
        ScopedEnv env{"HIKARI_TEST_TOKEN", secret};
        auto t = hikari::env_token("HIKARI_TEST_TOKEN");
        ASSERT_TRUE(t.has_value());
        EXPECT_EQ(t->reveal(), secret);
        EXPECT_EQ(t->type(), TokenType::bot);
    }
    {
        ScopedEnv env{"HIKARI_TEST_TOKEN", nullptr};
        EXPECT_FALSE(hikari::env_token("HIKARI_TEST_TOKEN").has_value());
    }
    {
        ScopedEnv env{"HIKARI_TEST_TOKEN", ""};
        EXPECT_FALSE(hikari::env_token("HIKARI_TEST_TOKEN").has_value());
    }
    {
        ScopedEnv env{"DISCORD_TOKEN", (std::string("Bot ") + secret).c_str()};
        auto t = hikari::env_token();
        ASSERT_TRUE(t.has_value());
        EXPECT_EQ(t->reveal(), secret);
    }
}

TEST(Token, EnvTokenRejectsBadValuesNamingTheVariableOnly) {
    ScopedEnv env{"HIKARI_TEST_TOKEN", (std::string(secret) + "\n").c_str()};
    try {
        (void)hikari::env_token("HIKARI_TEST_TOKEN");
        FAIL() << "expected ValueError";
    } catch (const hikari::ValueError& e) {
        EXPECT_NE(std::string(e.what()).find("HIKARI_TEST_TOKEN"), std::string::npos) << e.what();
        EXPECT_FALSE(leaks(e.what())) << e.what();
    }
    EXPECT_THROW((void)hikari::env_token(nullptr), hikari::ValueError);
}
