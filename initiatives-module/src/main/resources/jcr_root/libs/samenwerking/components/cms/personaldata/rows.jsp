<%-- The person's submissions as a table; included by personaldata.jsp (model in scope as "model"). --%>
<div class="table-container">
<table class="table is-fullwidth is-striped swk-console__table">
    <caption class="is-sr-only"><fmt:message key="swk.console.personal.tableCaption" var="t" />${sling:encode(t,'HTML')}</caption>
    <thead>
        <tr>
            <th scope="col"><fmt:message key="swk.console.personal.reference" var="t" />${sling:encode(t,'HTML')}</th>
            <th scope="col"><fmt:message key="swk.console.personal.receivedAt" var="t" />${sling:encode(t,'HTML')}</th>
            <th scope="col"><fmt:message key="swk.console.personal.kind" var="t" />${sling:encode(t,'HTML')}</th>
            <th scope="col"><fmt:message key="swk.console.personal.subject" var="t" />${sling:encode(t,'HTML')}</th>
            <th scope="col"><fmt:message key="swk.console.personal.state" var="t" />${sling:encode(t,'HTML')}</th>
        </tr>
    </thead>
    <tbody>
        <c:forEach var="row" items="${model.rows}">
            <tr>
                <th scope="row" class="swk-personal__reference">${sling:encode(row.reference,'HTML')}</th>
                <td><time datetime="${sling:encode(row.receivedAtIso,'HTML_ATTR')}">${sling:encode(row.receivedAt,'HTML')}</time></td>
                <td><fmt:message key="swk.console.personal.kind.${row.kind}" var="t" />${sling:encode(t,'HTML')}</td>
                <td>${sling:encode(row.subject,'HTML')}</td>
                <td><fmt:message key="swk.console.personal.state.${row.state}" var="t" />${sling:encode(t,'HTML')}</td>
            </tr>
        </c:forEach>
    </tbody>
</table>
</div>
