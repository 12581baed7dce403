import pytest

from claimtrack.nlp.language import detect

# Written for this test (the benchmark's texts are in benchmarks/language_texts.yaml).
PARAGRAPHS = {
    "fr": "Selon Bloomberg, Meta a renoncé à publier son prochain modèle en open source. La décision a été "
          "prise après des essais internes jugés décevants, et l'entreprise préfère désormais une licence payante.",
    "en": "According to Bloomberg, Meta has decided not to release its next model as open source. The decision "
          "followed disappointing internal trials, and the company now prefers a paid licence.",
    "zh": "据彭博社报道，Meta决定不再以开源方式发布其下一个模型。这一决定是在内部测试结果令人失望之后作出的，"
          "公司现在更倾向于采用付费许可。",
    "ar": "بحسب بلومبرغ، قررت ميتا عدم إصدار نموذجها المقبل كمصدر مفتوح. وجاء القرار بعد تجارب داخلية مخيبة "
          "للآمال، وتفضل الشركة الآن ترخيصاً مدفوعاً.",
    "ru": "По данным Bloomberg, Meta решила не публиковать свою следующую модель в открытом доступе. Решение "
          "было принято после неудачных внутренних испытаний, и теперь компания предпочитает платную лицензию.",
    "de": "Laut Bloomberg hat Meta beschlossen, sein nächstes Modell nicht als Open Source zu veröffentlichen. "
          "Die Entscheidung fiel nach enttäuschenden internen Tests, und das Unternehmen bevorzugt nun eine "
          "kostenpflichtige Lizenz.",
}
HEADLINES = {
    "fr": "Meta renonce à l'open source pour son prochain modèle",
    "en": "Meta drops open source for its next model",
    "zh": "Meta下一代模型将不再开源",
    "ar": "ميتا تتخلى عن المصدر المفتوح في نموذجها القادم",
    "ru": "Meta откажется от открытого кода в следующей модели",
    "de": "Meta verzichtet beim nächsten Modell auf Open Source",
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_paragraph_comes_out_as_its_own_language(lang):
    assert detect(PARAGRAPHS[lang]) == lang


@pytest.mark.parametrize("lang", sorted(HEADLINES))
def test_headline_comes_out_as_its_own_language(lang):
    assert detect(HEADLINES[lang]) == lang


def test_answers_are_iso_639_1_codes():
    # Cantonese and Egyptian Arabic: the model also knows "yue" and "arz"; we answer the ISO 639-1 code
    assert detect("佢哋話Meta唔會再開源個模型喇") == "zh"
    assert detect("الشركة دي مش هتنشر الموديل الجديد خالص") == "ar"


def test_text_without_letters_gets_the_default():
    assert detect("2025 — 40 % / 12,5") == "fr"
    assert detect("", default="en") == "en"
