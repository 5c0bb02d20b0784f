// Route matching: parameters, literal precedence, 404 versus 405.

#include "sandbox/http/call.hpp"
#include "sandbox/http/router.hpp"

#include <gtest/gtest.h>

using hikari::sandbox::Call;
using hikari::sandbox::Response;
using hikari::sandbox::Router;
using hikari::sandbox::split_path;

namespace {
Response ok(Call&) {
    return Response::no_content();
}
}  // namespace

TEST(Router, SplitsPaths) {
    EXPECT_EQ(split_path("/a/b/"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(split_path("/a//b"), (std::vector<std::string>{"a", "", "b"}));
    EXPECT_TRUE(split_path("/").empty());
}

TEST(Router, ExtractsParametersAndPrefersLiterals) {
    Router router;
    router.add("GET", "/users/{user_id}", "", ok);
    router.add("GET", "/users/@me", "", ok);
    router.add("GET", "/channels/{channel_id}/messages/{message_id}", "message_read", ok);
    const auto me = router.match("GET", "/users/@me");
    ASSERT_NE(me.route, nullptr);
    EXPECT_EQ(me.route->pattern, "/users/@me");
    const auto other = router.match("GET", "/users/42");
    ASSERT_NE(other.route, nullptr);
    EXPECT_EQ(other.params.at("user_id"), "42");
    const auto message = router.match("GET", "/channels/1/messages/2");
    ASSERT_NE(message.route, nullptr);
    EXPECT_EQ(message.route->group, "message_read");
    EXPECT_EQ(message.params.at("channel_id"), "1");
    EXPECT_EQ(message.params.at("message_id"), "2");
}

TEST(Router, TellsUnknownPathsFromWrongMethods) {
    Router router;
    router.add("GET", "/gateway", "", ok);
    const auto wrong_method = router.match("POST", "/gateway");
    EXPECT_EQ(wrong_method.route, nullptr);
    EXPECT_TRUE(wrong_method.path_exists);
    const auto unknown = router.match("GET", "/gateway/extra");
    EXPECT_EQ(unknown.route, nullptr);
    EXPECT_FALSE(unknown.path_exists);
    EXPECT_EQ(router.match("GET", "/channels//messages").route, nullptr);
}

TEST(Router, RoutesWithoutGroupGetTheirOwnBucketAndCanBeFound) {
    Router router;
    router.add("PUT", "/a/{x}", "", ok);
    router.add("DELETE", "/a/{x}", "shared", ok);
    EXPECT_EQ(router.find("PUT /a/{x}")->group, "PUT /a/{x}");
    EXPECT_EQ(router.find("DELETE /a/{x}")->group, "shared");
    EXPECT_EQ(router.find("GET /a/{x}"), nullptr);
}
