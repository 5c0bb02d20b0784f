// SKUs: the docs' example round-trips (fields the model does not keep are skipped), flags.

#include <hikari/model/entity_factory.hpp>
#include <hikari/model/sku.hpp>

#include <gtest/gtest.h>

namespace {

using namespace hikari;

TEST(Sku, DocExample) {
    const auto sku = from_json<Sku>(R"({
      "id": "1088510058284990888", "type": 5, "dependent_sku_id": null,
      "application_id": "788708323867885999", "manifest_labels": null, "access_type": 1,
      "name": "Test Premium", "features": [], "release_date": null, "premium": false,
      "slug": "test-premium", "flags": 128, "show_age_gate": false})");
    EXPECT_EQ(sku.id, Snowflake(1088510058284990888ULL));
    EXPECT_EQ(sku.type, SkuType::subscription);
    EXPECT_EQ(sku.application_id, Snowflake(788708323867885999ULL));
    EXPECT_EQ(sku.slug, "test-premium");
    EXPECT_EQ(sku.flags, SkuFlags::guild_subscription);
    const std::string text = to_json(sku);
    EXPECT_EQ(text, R"({"id":"1088510058284990888","type":5,"application_id":"788708323867885999",)"
                    R"("name":"Test Premium","slug":"test-premium","flags":128})");
    EXPECT_EQ(from_json<Sku>(text), sku);
}

TEST(Sku, UnknownFlagBitsAndTypesAreKept) {
    const auto sku = from_json<Sku>(
        R"({"id":"1","type":9,"application_id":"2","name":"n","slug":"s","flags":4100})");
    EXPECT_EQ(static_cast<int>(sku.type), 9);
    EXPECT_TRUE((sku.flags & SkuFlags::available) == SkuFlags::available);
    EXPECT_EQ(static_cast<std::uint32_t>(sku.flags), 4100U);
    EXPECT_EQ(from_json<Sku>(to_json(sku)), sku);
}

TEST(Sku, MissingFieldsAreErrors) {
    EXPECT_THROW((void)from_json<Sku>(R"({"id":"1","type":5})"), JsonError);
    EXPECT_THROW(
        (void)from_json<Sku>(
            R"({"id":"1","type":"5","application_id":"2","name":"n","slug":"s","flags":0})"),
        JsonError);
}

}  // namespace
