// ResponseHeaders: a response's fields in one block of text.

#include "rest/http/response_headers.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hikari::rest::http {
namespace {

TEST(ResponseHeaders, KeepsFieldsInOrderWithLowerCasedNames) {
    ResponseHeaders headers;
    EXPECT_TRUE(headers.empty());
    headers.add("Content-Type", "application/json");
    headers.add("X-RateLimit-Bucket", "abcdef0123456789abcdef0123456789");
    headers.add("X-Empty", "");
    ASSERT_EQ(headers.size(), 3U);
    EXPECT_EQ(headers[0].first, "content-type");
    EXPECT_EQ(headers[0].second, "application/json");
    EXPECT_EQ(headers[1].first, "x-ratelimit-bucket");
    EXPECT_EQ(headers[1].second, "abcdef0123456789abcdef0123456789");
    EXPECT_EQ(headers[2].first, "x-empty");
    EXPECT_EQ(headers[2].second, "");
}

TEST(ResponseHeaders, FindsTheFirstValueIgnoringCase) {
    const ResponseHeaders headers{
        {"set-cookie", "a=1"}, {"Retry-After", "2"}, {"set-cookie", "b=2"}};
    EXPECT_EQ(headers.find("SET-COOKIE"), std::optional<std::string_view>("a=1"));
    EXPECT_EQ(headers.find("retry-after"), std::optional<std::string_view>("2"));
    EXPECT_EQ(headers.find("retry-afte"), std::nullopt);
    EXPECT_EQ(headers.find(""), std::nullopt);
    EXPECT_EQ(ResponseHeaders{}.find("retry-after"), std::nullopt);
}

TEST(ResponseHeaders, CopiesOutForErrorsAndSurvivesGrowth) {
    ResponseHeaders headers;
    std::vector<std::string> values;
    // Enough fields to grow the text several times: views taken afterwards stay right.
    for (int i = 0; i < 200; ++i) {
        values.push_back(std::string(static_cast<std::size_t>(i % 40), 'v') + std::to_string(i));
        headers.add("X-Field-" + std::to_string(i), values.back());
    }
    ASSERT_EQ(headers.size(), 200U);
    EXPECT_EQ(headers[199].second, values[199]);
    EXPECT_EQ(headers.find("x-field-150"), std::optional<std::string_view>(values[150]));
    const HTTPHeaders copied = headers.to_vector();
    ASSERT_EQ(copied.size(), 200U);
    EXPECT_EQ(copied[7].first, "x-field-7");
    EXPECT_EQ(copied[7].second, values[7]);
    int seen = 0;
    headers.for_each([&](std::string_view name, std::string_view) {
        EXPECT_TRUE(name.starts_with("x-field-"));
        ++seen;
    });
    EXPECT_EQ(seen, 200);
    headers.clear();
    EXPECT_TRUE(headers.empty());
    EXPECT_EQ(headers.find("x-field-1"), std::nullopt);
}

}  // namespace
}  // namespace hikari::rest::http
