// The shard's envelope reader: op, s and t, and where `d` lies, without parsing `d`.
#include "gateway/envelope.hpp"

#include <hikari/model/entity_factory.hpp>
#include <hikari/model/user.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using hikari::gateway::Envelope;

struct Read {
    std::string buffer;  // the payload, then simdjson's padding
    Envelope envelope;
};

Read read(const std::string& payload) {
    Read out{payload + std::string(simdjson::SIMDJSON_PADDING, ' '), {}};
    out.envelope =
        hikari::gateway::read_envelope(std::string_view(out.buffer.data(), payload.size()));
    return out;
}

TEST(Envelope, DataIsTheSpanOfTheDObjectWhereverItIs) {
    const std::string d = R"({"id":"1","content":"a } inside \" a string","nested":{"x":[1,{}]}})";
    for (const std::string& payload :
         {R"({"t":"MESSAGE_CREATE","s":7,"op":0,"d":)" + d + "}",
          R"({"d":)" + d + R"(,"op":0,"s":7,"t":"MESSAGE_CREATE"})",
          R"({ "op" : 0 , "d" : )" + d + R"( , "t" : "MESSAGE_CREATE", "s" : 7 , "x" : [1] })"}) {
        const Read r = read(payload);
        EXPECT_EQ(r.envelope.op, 0) << payload;
        EXPECT_EQ(r.envelope.sequence, 7U) << payload;
        EXPECT_EQ(r.envelope.event_name, "MESSAGE_CREATE") << payload;
        EXPECT_EQ(r.envelope.data, d) << payload;
        // A view into the payload itself, not a copy.
        EXPECT_GE(r.envelope.data.data(), r.buffer.data());
        EXPECT_LE(r.envelope.data.data() + r.envelope.data.size(),
                  r.buffer.data() + payload.size());
    }
}

TEST(Envelope, DataIsEmptyWhenDIsNotAnObject) {
    EXPECT_TRUE(read(R"({"t":"RESUMED","s":2,"op":0,"d":null})").envelope.data.empty());
    EXPECT_TRUE(read(R"({"op":11,"d":null})").envelope.data.empty());
    EXPECT_TRUE(read(R"({"op":1,"d":251})").envelope.data.empty());
    EXPECT_TRUE(read(R"({"op":9,"d":false})").envelope.data.empty());
    EXPECT_TRUE(read(R"({"op":0,"t":"X","s":1})").envelope.data.empty());
    const Read hello = read(R"({"op":10,"d":{"heartbeat_interval":41250}})");
    EXPECT_EQ(hello.envelope.op, 10);
    EXPECT_EQ(hello.envelope.data, R"({"heartbeat_interval":41250})");
}

TEST(Envelope, MalformedPayloadsThrow) {
    EXPECT_THROW(read(R"({"op":0,"t":"X","s":1,"d":{"id":"1")"), hikari::JsonError);
    EXPECT_THROW(read(R"([1,2])"), hikari::JsonError);
    EXPECT_THROW(read(R"({"op":"0"})"), hikari::JsonError);
    EXPECT_THROW(read(R"({"op":0} {})"), hikari::JsonError);
}

// The envelope reader offers its index of the payload for `d`: a model read of exactly `d`
// next on this thread walks it instead of indexing the text again.
TEST(Envelope, OffersItsIndexForTheNextReadOfD) {
    const std::string user = R"({"id":"42","username":"u","discriminator":"0","avatar":null})";
    const std::string payload = R"({"t":"USER_UPDATE","s":3,"op":0,"d":)" + user + "}";
    const Read r = read(payload);
    ASSERT_EQ(r.envelope.data, user);
    const auto offered = hikari::json::take_offered_index(r.envelope.data);
    ASSERT_TRUE(offered.has_value());
    // One read only: the offer ends when taken.
    EXPECT_FALSE(hikari::json::take_offered_index(r.envelope.data).has_value());

    // Read through the offer, the model is the same as read from its own index.
    const Read offered_again = read(payload);
    const auto through_offer = hikari::from_padded_json<hikari::User>(offered_again.envelope.data);
    EXPECT_EQ(through_offer, hikari::from_json<hikari::User>(user));
    EXPECT_EQ(through_offer.id.value(), 42U);

    // Another document indexed in between, or another text, withdraws it.
    const Read again = read(payload);
    (void)hikari::from_json<hikari::User>(user);
    EXPECT_FALSE(hikari::json::take_offered_index(again.envelope.data).has_value());
    const Read third = read(payload);
    EXPECT_FALSE(hikari::json::take_offered_index(third.envelope.data.substr(1)).has_value());
    // The shard withdraws it once the dispatch is handled.
    const Read fourth = read(payload);
    hikari::json::withdraw_offered_index();
    EXPECT_FALSE(hikari::json::take_offered_index(fourth.envelope.data).has_value());
}

TEST(Envelope, DIsLocatedByItsBracketsAndCheckedWhenRead) {
    // The envelope only follows `d`'s brackets; the model read finds what is wrong inside.
    const Read r = read(R"({"op":0,"t":"X","s":1,"d":{"id":"1" "username":"u"}})");
    EXPECT_EQ(r.envelope.data, R"({"id":"1" "username":"u"})");
    EXPECT_THROW((void)hikari::from_padded_json<hikari::User>(r.envelope.data), hikari::JsonError);
}

}  // namespace
