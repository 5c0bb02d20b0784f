// The multipart/form-data reader and the 50035 error tree builder, without sockets.

#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/multipart.hpp"

#include <hikari/core/errors_base.hpp>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

using hikari::ParseError;
using hikari::sandbox::ApiError;
using hikari::sandbox::FormErrors;
using hikari::sandbox::multipart_boundary;
using hikari::sandbox::parse_multipart;

TEST(Multipart, BoundaryFromContentType) {
    EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=abc"), "abc");
    EXPECT_EQ(multipart_boundary("Multipart/Form-Data; charset=utf-8; boundary=\"q r\""), "q r");
    EXPECT_FALSE(multipart_boundary("application/json").has_value());
    EXPECT_THROW((void)multipart_boundary("multipart/form-data"), ParseError);
    EXPECT_THROW((void)multipart_boundary("multipart/form-data; boundary="), ParseError);
    EXPECT_THROW((void)multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'b')),
                 ParseError);
}

TEST(Multipart, SplitsPartsKeepingBinaryData) {
    const std::string data("a\0b\r\nc", 6);
    const std::string body =
        "preamble\r\n--XY\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n{}"
        "\r\n--XY\r\ncontent-disposition: form-data; name=\"files[0]\"; filename=\"f.bin\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\n" +
        data + "\r\n--XY--\r\n";
    const auto parts = parse_multipart(body, "XY");
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0].name, "payload_json");
    EXPECT_TRUE(parts[0].filename.empty());
    EXPECT_EQ(parts[0].data, "{}");
    EXPECT_EQ(parts[1].name, "files[0]");
    EXPECT_EQ(parts[1].filename, "f.bin");
    EXPECT_EQ(parts[1].content_type, "application/octet-stream");
    EXPECT_EQ(parts[1].data, data);
}

TEST(Multipart, MalformedBodiesThrowParseError) {
    const char* bad[] = {
        "no delimiter at all",
        "--XY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
        "--XY\r\nContent-Disposition: form-data; name=\"a\"\r\nno blank line",
        "--XY\r\nBroken header line\r\n\r\nx\r\n--XY--",
        "--XY\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--XY--",
        "--XY\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XY--",
        "--XYgarbage",
    };
    for (const char* body : bad)
        EXPECT_THROW((void)parse_multipart(body, "XY"), ParseError) << body;
}

TEST(FormErrors, BuildsDiscordsNestedTree) {
    FormErrors errors;
    EXPECT_TRUE(errors.empty());
    errors.add("embeds.0.title", "BASE_TYPE_MAX_LENGTH", "Must be 256 or fewer in length.");
    errors.add("content", "BASE_TYPE_REQUIRED", "This field is required");
    try {
        errors.raise_if_any();
        FAIL() << "no exception";
    } catch (const ApiError& e) {
        EXPECT_EQ(e.status(), 400u);
        EXPECT_EQ(e.code(), 50035);
        const auto body = e.body();
        EXPECT_EQ(body.at("message").as_string(), "Invalid Form Body");
        EXPECT_EQ(body.at("errors")
                      .at("embeds")
                      .at("0")
                      .at("title")
                      .at("_errors")
                      .at(0)
                      .at("code")
                      .as_string(),
                  "BASE_TYPE_MAX_LENGTH");
        EXPECT_EQ(body.at("errors").at("content").at("_errors").as_array().size(), 1u);
    }
}

TEST(FormErrors, FieldChecks) {
    const auto body =
        boost::json::parse(
            R"({"s": "héllo", "n": 5, "big": 18446744073709551615, "b": "yes", "id": "12", "bad_id": "x"})")
            .as_object();
    FormErrors errors;
    EXPECT_EQ(errors.string(body, "s", 1, 5, true), "héllo");  // five characters, six bytes
    EXPECT_FALSE(errors.string(body, "s", 1, 4, true).has_value());
    EXPECT_FALSE(errors.string(body, "missing", 1, 4, false).has_value());
    EXPECT_EQ(errors.integer(body, "n", 0, 10, true), 5);
    EXPECT_FALSE(errors.integer(body, "n", 6, 10, true).has_value());
    EXPECT_FALSE(errors.integer(body, "big", 0, 10, true).has_value());
    EXPECT_FALSE(errors.boolean(body, "b").has_value());
    EXPECT_EQ(errors.snowflake(body, "id", true), hikari::Snowflake{12});
    EXPECT_FALSE(errors.snowflake(body, "bad_id", true).has_value());
    EXPECT_FALSE(errors.snowflake(body, "absent", true).has_value());
    try {
        errors.raise_if_any();
        FAIL() << "no exception";
    } catch (const ApiError& e) {
        const auto& tree = e.errors();
        for (const char* key : {"s", "n", "big", "b", "bad_id", "absent"})
            EXPECT_TRUE(tree.contains(key)) << key;
        EXPECT_FALSE(tree.contains("missing"));
        EXPECT_FALSE(tree.contains("id"));
    }
}
