"""webapp/loan.py: the loan-cost page and POST /api/v1/loan-cost through the real app."""
from __future__ import annotations

import json

import pytest

from webapp.loan import OPENAPI_PATHS, OPENAPI_SCHEMAS, loan_cost_link


def test_page_shows_the_form_prefilled_from_the_query(client):
    r = client.get("/loan-cost?received=10000&payment=13500&count=1")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "借款成本核算" in html and 'value="10000"' in html and 'value="13500"' in html
    assert "<script>" not in html.split("</head>")[1]  # works without JavaScript


def test_page_post_gives_a_plain_answer(client):
    r = client.post("/loan-cost", data={"received": "8000", "principal": "10000", "payment": "900", "count": "12",
                                        "period": "month", "contract_date": "2025-06-01", "lender_kind": "unknown"})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    for words in ("59.39%", "4.95%", "砍头息", "第670条", "2,000.00元", "两种情况", "年24%", "年36%", "12.00%"):
        assert words in html, words
    assert 'href="https://github.com/LawRefBook/Laws/' in html


def test_page_post_with_a_table_of_payments(client):
    r = client.post("/loan-cost", data={"received": "5000", "schedule": "2025-07-01 2700\n2025-08-01 2700",
                                        "contract_date": "2025-06-01", "lender_kind": "bank"})
    assert r.status_code == 200 and "63.46%" in r.get_data(as_text=True)


def test_page_error_is_shown_in_chinese_and_input_is_escaped(client):
    r = client.post("/loan-cost", data={"received": "<script>alert(1)</script>", "payment": "900", "count": "12"})
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert "没法计算" in html and "必须是数字" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_page_rejects_10000_instalments_quickly(client):
    r = client.post("/loan-cost", data={"received": "10000", "payment": "1000", "count": "10000"})
    assert r.status_code == 400 and "最多1000期" in r.get_data(as_text=True)


def test_api_plan(client):
    r = client.post("/api/v1/loan-cost", json={"received": 10000, "plan": {"count": 12, "amount": 1000}})
    assert r.status_code == 200 and r.mimetype == "application/json"
    d = r.get_json()
    assert d["periodic_rate"] == pytest.approx(0.0292, abs=5e-5)
    assert d["annual_rate_nominal"] == pytest.approx(0.3507, abs=5e-5)
    assert d["annual_rate_effective"] == pytest.approx(0.4130, abs=5e-5)
    assert d["total_cost"] == 2000 and d["upfront_gap"] == 0
    assert {"name", "value", "exceeded"} <= set(d["lines"][0])


def test_api_seven_day_loan(client):
    r = client.post("/api/v1/loan-cost", json={"received": 700, "principal": 1000,
                                               "plan": {"count": 1, "amount": 1000, "period": "week"}})
    d = r.get_json()
    assert round(d["periodic_rate"], 3) == 0.429 and d["annual_rate_nominal"] > 20 and d["upfront_gap"] == 300


@pytest.mark.parametrize("kwargs, status, code", [
    ({"data": "received=1", "content_type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
    ({"data": "{oops", "content_type": "application/json"}, 400, "invalid_json"),
    ({"json": {"received": -1, "plan": {"count": 12, "amount": 1000}}}, 400, "invalid_input"),
    ({"json": {"received": 10000, "plan": {"count": 12, "amount": 100}}}, 400, "invalid_input"),
    ({"json": {"received": 10000, "plan": {"count": 10000, "amount": 1000}}}, 400, "invalid_input"),
    ({"json": {"received": 1000, "contract_date": "2025-01-01",
               "payments": [{"amount": 600, "date": "2025-03-01"}, {"amount": 600, "date": "2025-02-01"}]}},
     400, "invalid_input"),
    ({"data": json.dumps({"received": 1, "payments": [{"amount": 1}] * 20000}), "content_type": "application/json"},
     413, "body_too_large"),
], ids=["not-json", "bad-json", "negative", "never-repays", "10000-instalments", "dates-out-of-order", "too-large"])
def test_api_errors(client, kwargs, status, code):
    r = client.post("/api/v1/loan-cost", **kwargs)
    assert r.status_code == status
    error = r.get_json()["error"]
    assert error["code"] == code and error["message"]


def test_openapi_fragments_refer_to_declared_schemas():
    op = OPENAPI_PATHS["/api/v1/loan-cost"]["post"]
    refs = [op["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]]
    assert all(ref.split("/")[-1] in OPENAPI_SCHEMAS for ref in refs)
    assert {"400", "413", "415"} <= set(op["responses"])
    required = set(OPENAPI_SCHEMAS["LoanCost"]["required"])
    assert {"periodic_rate", "annual_rate_nominal", "annual_rate_effective", "total_cost", "upfront_gap", "lines"} <= required


def test_link_from_a_hint(app):
    with app.test_request_context():
        assert loan_cost_link({"received": "10000", "payment": "13500", "count": "1"}) == \
            "/loan-cost?received=10000&payment=13500&count=1"
        assert loan_cost_link(None) is None


def test_result_links_to_knowledge_entries_that_exist(client):
    html = client.post("/loan-cost", data={"received": "8000", "principal": "10000", "payment": "900",
                                           "count": "12", "contract_date": "2025-06-01"}).get_data(as_text=True)
    links = {f"/knowledge/{ref}" for ref in ("law.private_lending.25", "law.financial_trial_opinion.2",
                                             "law.criminal.225", "law.civil_code.670")}
    for link in links:
        assert f'href="{link}"' in html
        assert client.get(link).status_code == 200


def test_api_document_describes_loan_cost(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert "post" in doc["paths"]["/api/v1/loan-cost"]
    assert {"LoanCostRequest", "LoanCost", "LoanCostLine"} <= set(doc["components"]["schemas"])
