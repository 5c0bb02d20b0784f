#include <hikari/core/errors.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

using namespace hikari;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

constexpr std::string_view invalid_form_body = R"({
  "code": 50035,
  "message": "Invalid Form Body",
  "errors": {
    "embeds": {"0": {"description": {"_errors": [
      {"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length."}]}}},
    "content": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}
  }
})";

constexpr const char* url = "https://discord.com/api/v10/channels/1/messages";

}  // namespace

TEST(HTTPError, KeepsMessageAndUrl) {
    HTTPError error{"connection reset", "https://discord.com/api/v10/gateway/bot"};
    EXPECT_EQ(error.message(), "connection reset");
    EXPECT_EQ(error.url(), "https://discord.com/api/v10/gateway/bot");
    EXPECT_THAT(error.what(), HasSubstr("connection reset"));
    EXPECT_THAT(error.what(), HasSubstr("/gateway/bot"));
}

TEST(MakeHTTPResponseError, FlattensTheErrorsTreeOfABadRequest) {
    auto error = make_http_response_error(400, url, invalid_form_body);
    ASSERT_NE(dynamic_cast<BadRequestError*>(error.get()), nullptr);
    EXPECT_EQ(error->status(), 400);
    EXPECT_EQ(error->code(), 50035);
    EXPECT_EQ(error->message(), "Invalid Form Body");
    EXPECT_EQ(error->url(), url);
    EXPECT_EQ(error->body(), invalid_form_body);
    EXPECT_THAT(
        error->errors(),
        ElementsAre(HTTPFieldError{"embeds.0.description", "BASE_TYPE_MAX_LENGTH",
                                   "Must be 4096 or fewer in length."},
                    HTTPFieldError{"content", "BASE_TYPE_REQUIRED", "This field is required"}));
    const std::string what = error->what();
    EXPECT_THAT(what, HasSubstr("400 Bad Request: Invalid Form Body"));
    EXPECT_THAT(what, HasSubstr("50035"));
    EXPECT_THAT(what, HasSubstr("embeds.0.description: Must be 4096 or fewer in length."));
    EXPECT_THAT(what, HasSubstr(url));
}

TEST(MakeHTTPResponseError, ErrorsAtTheRootHaveAnEmptyPath) {
    auto error = make_http_response_error(
        400, url, R"({"code":50035,"errors":{"_errors":[{"code":"X","message":"bad"}]}})");
    EXPECT_THAT(error->errors(), ElementsAre(HTTPFieldError{"", "X", "bad"}));
    EXPECT_THAT(error->what(), HasSubstr("<body>: bad"));
}

TEST(MakeHTTPResponseError, PicksTheSubclassForEachStatus) {
    const std::string body = R"({"code": 0, "message": "x"})";
    EXPECT_NE(dynamic_cast<UnauthorizedError*>(make_http_response_error(401, url, body).get()),
              nullptr);
    EXPECT_NE(dynamic_cast<ForbiddenError*>(make_http_response_error(403, url, body).get()),
              nullptr);
    EXPECT_NE(dynamic_cast<NotFoundError*>(make_http_response_error(404, url, body).get()),
              nullptr);
    EXPECT_NE(dynamic_cast<RateLimitedError*>(make_http_response_error(429, url, body).get()),
              nullptr);
    auto teapot = make_http_response_error(418, url, body);
    EXPECT_NE(dynamic_cast<ClientHTTPResponseError*>(teapot.get()), nullptr);
    EXPECT_EQ(dynamic_cast<NotFoundError*>(teapot.get()), nullptr);
    auto bad_gateway = make_http_response_error(502, url, body);
    EXPECT_NE(dynamic_cast<InternalServerError*>(bad_gateway.get()), nullptr);
    EXPECT_EQ(dynamic_cast<ClientHTTPResponseError*>(bad_gateway.get()), nullptr);
    auto redirect = make_http_response_error(302, url, body);
    EXPECT_THAT(redirect->what(), HasSubstr("check the URL"));
    EXPECT_EQ(dynamic_cast<ClientHTTPResponseError*>(redirect.get()), nullptr);
    EXPECT_EQ(dynamic_cast<InternalServerError*>(redirect.get()), nullptr);
}

TEST(MakeHTTPResponseError, RaiseThrowsTheMostDerivedType) {
    auto error =
        make_http_response_error(404, url, R"({"code":10003,"message":"Unknown Channel"})");
    try {
        error->raise();
        FAIL() << "raise() returned";
    } catch (const NotFoundError& caught) {
        EXPECT_EQ(caught.code(), 10003);
        EXPECT_EQ(caught.message(), "Unknown Channel");
    }
    EXPECT_THROW(throw_http_response_error(403, url, "{}"), ForbiddenError);
    EXPECT_THROW(throw_http_response_error(500, url, ""), InternalServerError);
    EXPECT_THROW(throw_http_response_error(400, url, ""), ClientHTTPResponseError);
    EXPECT_THROW(throw_http_response_error(401, url, ""), HikariError);
}

TEST(MakeHTTPResponseError, KeepsNonJsonBodiesAndShowsTheirStart) {
    const std::string html = "<html><body>502 Bad Gateway\n(cloudflare)</body></html>";
    auto error = make_http_response_error(502, url, html);
    ASSERT_NE(dynamic_cast<InternalServerError*>(error.get()), nullptr);
    EXPECT_EQ(error->body(), html);
    EXPECT_EQ(error->code(), 0);
    EXPECT_EQ(error->message(), "");
    EXPECT_TRUE(error->errors().empty());
    EXPECT_THAT(error->what(), HasSubstr("502 Bad Gateway"));
    EXPECT_THAT(error->what(), HasSubstr("<html><body>502 Bad Gateway (cloudflare)"));
    EXPECT_THAT(error->what(), HasSubstr("retry later"));
}

TEST(MakeHTTPResponseError, LongBodiesAreTruncatedInTheMessageOnly) {
    const std::string body(5000, 'x');
    auto error = make_http_response_error(500, url, body);
    EXPECT_EQ(error->body().size(), 5000u);
    EXPECT_LT(std::string{error->what()}.size(), 1000u);
    EXPECT_THAT(error->what(), HasSubstr("..."));
}

TEST(MakeHTTPResponseError, SurvivesMalformedAndOddlyTypedBodies) {
    for (std::string_view body : {
             R"({"code": 50035, "message": "Invalid)",            // truncated
             R"([1, 2, 3])",                                      // not an object
             R"({"code": "50035", "message": 7, "errors": []})",  // wrong types
             R"({"code": -4, "errors": {"a": {"_errors": "nope"}}})",
             R"({"code": 1e300, "errors": {"a": {"_errors": [1, null, {"code": 5}]}}})",
             "\xff\xfe\x00garbage",
             "null",
         }) {
        std::unique_ptr<HTTPResponseError> error;
        ASSERT_NO_THROW(error = make_http_response_error(400, url, body)) << body;
        ASSERT_NE(dynamic_cast<BadRequestError*>(error.get()), nullptr) << body;
        EXPECT_EQ(error->body(), body);
        EXPECT_EQ(error->code(), 0) << body;
    }
}

TEST(MakeHTTPResponseError, SurvivesDeeplyNestedErrorTrees) {
    std::string body = R"({"code":50035,"errors":)";
    for (int i = 0; i < 5000; ++i) body += R"({"a":)";
    body += "{}";
    for (int i = 0; i < 5000; ++i) body += '}';
    body += '}';
    std::unique_ptr<HTTPResponseError> error;
    ASSERT_NO_THROW(error = make_http_response_error(400, url, body));
    EXPECT_NE(dynamic_cast<BadRequestError*>(error.get()), nullptr);
    EXPECT_EQ(error->body(), body);
}

TEST(MakeHTTPResponseError, RejectsImpossibleStatuses) {
    EXPECT_THROW((void)make_http_response_error(0, url, ""), ValueError);
    EXPECT_THROW((void)make_http_response_error(-404, url, ""), ValueError);
    EXPECT_THROW((void)make_http_response_error(1000, url, ""), ValueError);
}

TEST(MakeHTTPResponseError, KeepsOnlyDiagnosticHeadersWithLowerCaseNames) {
    auto error =
        make_http_response_error(403, url, R"({"code":50013,"message":"Missing Permissions"})",
                                 {{"X-RateLimit-Bucket", "abcd"},
                                  {"Authorization", "Bot secret-token"},
                                  {"Set-Cookie", "__cf=1"},
                                  {"CF-Ray", "8a1b2c3d"},
                                  {"Content-Type", "application/json"}});
    EXPECT_THAT(
        error->headers(),
        ElementsAre(std::pair<std::string, std::string>{"x-ratelimit-bucket", "abcd"},
                    std::pair<std::string, std::string>{"cf-ray", "8a1b2c3d"},
                    std::pair<std::string, std::string>{"content-type", "application/json"}));
    EXPECT_EQ(error->header("X-RATELIMIT-BUCKET"), "abcd");
    EXPECT_EQ(error->header("authorization"), std::nullopt);
    EXPECT_THAT(error->what(), Not(HasSubstr("secret-token")));
    EXPECT_THAT(error->what(), HasSubstr("permission"));
}

TEST(MakeHTTPResponseError, EachStatusTellsTheUserWhatToDo) {
    EXPECT_THAT(make_http_response_error(401, url, "")->what(), HasSubstr("token"));
    EXPECT_THAT(make_http_response_error(404, url, "")->what(), HasSubstr("does not exist"));
    EXPECT_THAT(make_http_response_error(400, url, "")->what(), HasSubstr("fix the fields"));
}

TEST(RateLimitedError, ReadsRetryAfterFromTheBodyFirst) {
    auto error = make_http_response_error(
        429, url, R"({"message":"You are being rate limited.","retry_after":1.25,"global":true})",
        {{"Retry-After", "2"}, {"X-RateLimit-Scope", "user"}});
    auto* limited = dynamic_cast<RateLimitedError*>(error.get());
    ASSERT_NE(limited, nullptr);
    EXPECT_DOUBLE_EQ(limited->retry_after().count(), 1.25);
    EXPECT_TRUE(limited->is_global());
    EXPECT_EQ(limited->scope(), "user");
}

TEST(RateLimitedError, FallsBackToHeaders) {
    auto error = make_http_response_error(429, url, "<html>slow down</html>",
                                          {{"retry-after", " 3 "}, {"x-ratelimit-global", "true"}});
    auto* limited = dynamic_cast<RateLimitedError*>(error.get());
    ASSERT_NE(limited, nullptr);
    EXPECT_DOUBLE_EQ(limited->retry_after().count(), 3.0);
    EXPECT_TRUE(limited->is_global());

    auto garbage = make_http_response_error(429, url, "", {{"retry-after", "soon"}});
    auto* unknown = dynamic_cast<RateLimitedError*>(garbage.get());
    ASSERT_NE(unknown, nullptr);
    EXPECT_DOUBLE_EQ(unknown->retry_after().count(), 0.0);
    EXPECT_FALSE(unknown->is_global());
}

TEST(RateLimitTooLongError, CarriesEveryDetail) {
    RateLimitDetails details;
    details.route = "POST /channels/{channel_id}/messages";
    details.retry_after = FractionalSeconds{400.5};
    details.max_retry_after = FractionalSeconds{300};
    details.is_global = false;
    details.limit = 5;
    details.remaining = 0;
    details.reset_after = FractionalSeconds{400.5};
    RateLimitTooLongError error{details, url};
    EXPECT_EQ(error.route(), details.route);
    EXPECT_DOUBLE_EQ(error.retry_after().count(), 400.5);
    EXPECT_DOUBLE_EQ(error.max_retry_after().count(), 300.0);
    EXPECT_FALSE(error.is_global());
    EXPECT_EQ(error.limit(), 5);
    EXPECT_EQ(error.remaining(), 0);
    EXPECT_DOUBLE_EQ(error.reset_after().count(), 400.5);
    EXPECT_EQ(error.url(), url);
    EXPECT_THAT(error.what(), HasSubstr("400.500s"));
    EXPECT_THAT(error.what(), HasSubstr("max_rate_limit"));
    const HTTPError& base = error;
    EXPECT_EQ(base.url(), url);
}

TEST(GatewayServerClosedConnectionError, ExplainsDocumentedCloseCodes) {
    GatewayServerClosedConnectionError bad_token{4004, "Authentication failed."};
    EXPECT_EQ(bad_token.code(), 4004);
    EXPECT_EQ(bad_token.reason(), "Authentication failed.");
    EXPECT_FALSE(bad_token.can_reconnect());
    EXPECT_THAT(bad_token.what(), HasSubstr("check your token"));

    GatewayServerClosedConnectionError intents{4014, "Disallowed intent(s)."};
    EXPECT_FALSE(intents.can_reconnect());
    EXPECT_THAT(intents.what(),
                HasSubstr("enable the privileged intent(s) in the Developer Portal"));

    GatewayServerClosedConnectionError sharding{4011, ""};
    EXPECT_THAT(sharding.what(), HasSubstr("more shards"));

    GatewayServerClosedConnectionError timeout{4009, "Session timed out."};
    EXPECT_TRUE(timeout.can_reconnect());
}

TEST(GatewayServerClosedConnectionError, EveryDocumentedCodeHasAHint) {
    for (int code :
         {4000, 4001, 4002, 4003, 4004, 4005, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014}) {
        EXPECT_FALSE(GatewayServerClosedConnectionError::close_code_hint(code).empty()) << code;
        EXPECT_FALSE(GatewayServerClosedConnectionError::close_code_name(code).empty()) << code;
    }
    for (int code : {4004, 4010, 4011, 4012, 4013, 4014}) {
        EXPECT_FALSE(GatewayServerClosedConnectionError::close_code_allows_reconnect(code));
    }
    EXPECT_TRUE(GatewayServerClosedConnectionError::close_code_allows_reconnect(1000));
    EXPECT_TRUE(GatewayServerClosedConnectionError::close_code_allows_reconnect(4999));
    EXPECT_TRUE(GatewayServerClosedConnectionError::close_code_hint(4006).empty());
}

TEST(GatewayServerClosedConnectionError, ExplicitReconnectDecisionWins) {
    GatewayServerClosedConnectionError error{4004, "", true};
    EXPECT_TRUE(error.can_reconnect());
    GatewayServerClosedConnectionError other{1006, "abnormal", false};
    EXPECT_FALSE(other.can_reconnect());
    EXPECT_THAT(other.what(), HasSubstr("1006"));
    EXPECT_THAT(other.what(), HasSubstr("abnormal"));
}

TEST(GatewayErrors, FormAHierarchy) {
    EXPECT_THROW(throw GatewayConnectionError("DNS lookup failed"), GatewayError);
    EXPECT_THROW(throw GatewayTransportError("connection reset"), GatewayError);
    EXPECT_THROW(throw GatewayServerClosedConnectionError(4000, ""), GatewayError);
    EXPECT_THROW(throw GatewayError("x"), HikariError);
    GatewayConnectionError error{"DNS lookup failed"};
    EXPECT_EQ(error.reason(), "DNS lookup failed");
    EXPECT_THAT(error.what(), HasSubstr("proxy"));
    GatewayTransportError transport{"connection reset by peer"};
    EXPECT_EQ(transport.reason(), "connection reset by peer");
    EXPECT_THAT(transport.what(), HasSubstr("reconnects on its own"));
}

TEST(MissingIntentError, NamesTheIntents) {
    MissingIntentError error{Intents::guild_members | Intents::guild_presences};
    EXPECT_EQ(error.intents(), Intents::guild_members | Intents::guild_presences);
    EXPECT_EQ(error.intents().value(), 0x102u);
    EXPECT_EQ(error.names(), "GUILD_MEMBERS | GUILD_PRESENCES");
    EXPECT_THAT(error.what(), HasSubstr("GUILD_MEMBERS | GUILD_PRESENCES"));
    EXPECT_THAT(error.what(), HasSubstr("Developer Portal"));
    EXPECT_THROW(throw error, ValueError);
}

TEST(MissingIntentError, OnlyMentionsThePortalForPrivilegedIntents) {
    MissingIntentError plain{Intents::guild_messages};
    EXPECT_THAT(plain.what(), HasSubstr("GUILD_MESSAGES"));
    EXPECT_THAT(plain.what(), Not(HasSubstr("Developer Portal")));
    MissingIntentError mixed{Intents::guild_messages | Intents::message_content};
    EXPECT_THAT(mixed.what(), HasSubstr("privileged ones (MESSAGE_CONTENT)"));
}

TEST(BulkDeleteError, ReportsWhatWasAndWasNotDeleted) {
    BulkDeleteError error{{Snowflake{1}, Snowflake{2}, Snowflake{3}}, {Snowflake{4}}};
    EXPECT_THAT(error.deleted(), ElementsAre(Snowflake{1}, Snowflake{2}, Snowflake{3}));
    EXPECT_THAT(error.not_deleted(), ElementsAre(Snowflake{4}));
    EXPECT_DOUBLE_EQ(error.percentage_completion(), 75.0);
    EXPECT_THAT(error.what(), HasSubstr("3 of 4"));
    EXPECT_DOUBLE_EQ(BulkDeleteError({}, {}).percentage_completion(), 100.0);
}

TEST(StateErrors, KeepTheirReason) {
    ComponentStateConflictError conflict{"the bot is already running"};
    EXPECT_EQ(conflict.reason(), "the bot is already running");
    EXPECT_STREQ(conflict.what(), "the bot is already running");
    UnrecognisedEntityError entity{"unknown channel type 99"};
    EXPECT_EQ(entity.reason(), "unknown channel type 99");
    EXPECT_THAT(entity.what(), HasSubstr("updating"));
    EXPECT_THROW(throw entity, HikariError);
}
