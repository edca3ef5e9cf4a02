<%-- One breakdown of a region's counts (statically included by region-page.jsp): swkCaption, swkCounts, swkKind. --%>
<table class="swk-region-page__counts" data-swk-counts="${swkKind}">
    <caption><sling:encode value="${swkCaption}" mode="HTML" /></caption>
    <c:choose>
        <c:when test="${empty swkCounts}">
            <tbody><tr><td><fmt:message key="None yet" /></td></tr></tbody>
        </c:when>
        <c:otherwise>
            <tbody>
                <c:forEach var="count" items="${swkCounts}">
                    <tr data-swk-count-code="${sling:encode(count.code,'HTML_ATTR')}">
                        <th scope="row"><sling:encode value="${count.label}" mode="HTML" /></th>
                        <td class="swk-regions__number">${count.count}</td>
                    </tr>
                </c:forEach>
            </tbody>
        </c:otherwise>
    </c:choose>
</table>
