// The shard's envelope reader: op, s and t, and where `d` lies, without parsing `d`.
#include "gateway/envelope.hpp"

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
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    out.envelope = hikari::gateway::read_envelope(
        parser, document, std::string_view(out.buffer.data(), payload.size()));
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
    EXPECT_THROW(read(R"({"op":0,"t":"X","s":1,"d":{"id":"1")"), simdjson::simdjson_error);
    EXPECT_THROW(read(R"([1,2])"), simdjson::simdjson_error);
}

}  // namespace
